import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Fills worksheet PDFs the way PDFBox-based tools do (setValue, which draws
 * each answer into the field's appearance with the form's own font), so the
 * tests see what those tools' users see. Takes one job file: blocks of
 * "input.pdf", "output.pdf", then "name<TAB>value" lines (check boxes take
 * "on", radio groups the option to choose), with "\n" for a line break,
 * ended by a blank line. Exits non-zero,
 * naming the field, when PDFBox cannot fill one.
 */
public class FillWithPdfbox {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(new File(args[0]).toPath(), StandardCharsets.UTF_8);
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).isEmpty()) { i++; continue; }
      String input = lines.get(i++);
      String output = lines.get(i++);
      try (PDDocument doc = PDDocument.load(new File(input))) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
          String[] parts = lines.get(i).split("\t", 2);
          PDField field = form.getField(parts[0]);
          if (field == null) throw new IllegalArgumentException(input + ": no field " + parts[0]);
          try {
            if (field instanceof PDCheckBox) ((PDCheckBox) field).check();
            else field.setValue(parts[1].replace("\\n", "\n"));
          } catch (Exception e) {
            throw new IllegalStateException(input + ": PDFBox could not fill " + parts[0] + ": " + e, e);
          }
        }
        doc.save(new File(output));
      }
    }
  }
}
