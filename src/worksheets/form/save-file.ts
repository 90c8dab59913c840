// No imports: the pages that hand over a file made on the device share it without loading what made the file.

/** Saves a file under a name, the way a link with `download` does. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download; the URL can go once it has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
