import { adoptStylesheet } from '../styles/adopt-stylesheet';
import css from './search.css?inline';

/** The search dialog's and page's styles, carried by their modules only. */
export function adoptSearchStyles(): void {
  adoptStylesheet(css);
}
