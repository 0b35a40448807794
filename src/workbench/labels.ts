/**
 * The workbench's names for the feed's fields, in the UI language (msg() is
 * called at render time, inside `inLocale`). Keys are FieldSpec keys and
 * translation-overview fields.
 */
import { msg } from '@lit/localize';

export function fieldLabel(key: string): string {
  switch (key) {
    case 'id':
      return msg('Kennung (id)', { id: 'wb-field-id' });
    case 'name':
      return msg('Name', { id: 'wb-field-name' });
    case 'shortName':
      return msg('Kurzname', { id: 'wb-field-short-name' });
    case 'summary':
      return msg('Kurzbeschreibung', { id: 'wb-field-summary' });
    case 'description':
      return msg('Beschreibung', { id: 'wb-field-description' });
    case 'founded':
      return msg('Gegründet (JJJJ, JJJJ-MM oder JJJJ-MM-TT)', { id: 'wb-field-founded' });
    case 'meetings':
      return msg('Treffen', { id: 'wb-field-meetings' });
    case 'coordinator.name':
      return msg('Koordination: Name', { id: 'wb-field-coordinator-name' });
    case 'coordinator.url':
      return msg('Koordination: Webseite (https://…)', { id: 'wb-field-coordinator-url' });
    case 'members':
      return msg('Mitglieder', { id: 'wb-field-members' });
    case 'area':
      return msg('Gebiet', { id: 'wb-field-area' });
    case 'contact.name':
      return msg('Kontakt: Name', { id: 'wb-field-contact-name' });
    case 'contact.email':
      return msg('Kontakt: E-Mail', { id: 'wb-field-contact-email' });
    case 'contact.phone':
      return msg('Kontakt: Telefon', { id: 'wb-field-contact-phone' });
    case 'contact.url':
      return msg('Kontakt: Webseite (https://…)', { id: 'wb-field-contact-url' });
    case 'contact.address':
      return msg('Kontakt: Anschrift', { id: 'wb-field-contact-address' });
    case 'links.label':
      return msg('Link: Beschriftung', { id: 'wb-field-link-label' });
    case 'note':
      return msg('Hinweis', { id: 'wb-field-note' });
    case 'updated':
      return msg('Zuletzt geprüft (JJJJ-MM-TT)', { id: 'wb-field-updated' });
    case 'language':
      return msg('Sprache des Feeds (z. B. de)', { id: 'wb-field-language' });
    case 'title':
      return msg('Titel', { id: 'wb-field-title' });
    case 'publisher.name':
      return msg('Herausgeber: Name', { id: 'wb-field-publisher-name' });
    case 'publisher.url':
      return msg('Herausgeber: Webseite (https://…)', { id: 'wb-field-publisher-url' });
    case 'publisher.email':
      return msg('Herausgeber: E-Mail', { id: 'wb-field-publisher-email' });
    case 'license':
      return msg('Lizenz (SPDX-Kennung oder URL)', { id: 'wb-field-license' });
    default:
      return key;
  }
}

/** `de` → Deutsch, `en` → Englisch (in the UI language). */
export function languageName(lang: string): string {
  if (lang === 'de') return msg('Deutsch', { id: 'wb-lang-de' });
  if (lang === 'en') return msg('Englisch', { id: 'wb-lang-en' });
  return lang;
}
