/**
 * The labels a page puts beside the parts of a customer's name, their gender and their e-mail address: declared
 * once, for the name reading (knowledge/names/understand.ts) and for the page readers that look for these fields
 * (lib/crm). No name lists here, so a page reader takes only these few lines.
 */
import { plainKey } from './letters';

export interface LabelledField {
  label: string;
  value: string;
}

export type FieldKind = 'first' | 'last' | 'full' | 'company' | 'gender' | 'email' | 'skip';

/**
 * What a page's field label names, whole labels only: «Επωνυμία»/«Εταιρεία» is a company's name (a sole trader's
 * is the person's own: «ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ ΤΟΥ ΙΩΑΝΝΗ»), never the customer's surname; «Όνομα χρήστη» is a
 * login and "Title" often the ticket's, none of them the customer's surname, first name or title.
 */
export function fieldKind(label: string): FieldKind {
  const l = plainKey(label).replace(/[:*]/g, '').replace(/\s+/g, ' ').trim();
  if (/πατρ|μητρ|συζυγ|father|mother|middle|spouse/.test(l)) return 'skip';
  if (/^(ονοματεπωνυμο|full ?name|name|ονομα πελατη|πελατησ|πελατισσα|customer( name)?|contact( name)?|requester|αιτων|αιτουσα)$/.test(l)) return 'full';
  if (/^(επωνυμια|εταιρεια|εταιρια|επιχειρηση|company( name)?|business( name)?|organi[sz]ation( name)?|account name)( πελατη| customer)?$/.test(l)) return 'company';
  if (/^(επωνυμο|surname|last ?name|family ?name)( πελατη| customer)?$/.test(l)) return 'last';
  if (/^(ονομα|μικρο ονομα|first ?name|given ?name|forename)( πελατη| customer)?$/.test(l)) return 'first';
  if (/^(φυλο|gender|sex|τιτλοσ|title|salutation|προσφωνηση)$/.test(l)) return 'gender';
  if (/^(e-?mail|ηλεκτρονικο ταχυδρομειο|διευθυνση e-?mail)$/.test(l)) return 'email';
  return 'skip';
}

