/**
 * Greek surnames from the Greek locale of @faker-js/faker 10.6.0 (person.last_name), whose stress in capitals
 * neither the rules of stress.ts, the dictionary words (word-stress-data.ts) nor the other lists give: of its 200
 * surnames, these are the ones read wrongly without this list (ΔΗΜΑΡΑΣ is Δημαράς, ΓΙΑΝΝΑΡΗΣ Γιάνναρης), and
 * Λειβαδάς, right alone but needed for the woman's Λειβαδά. Read like COMMON_SURNAMES (surname-data.ts); a pack's
 * names.yaml wins over both. Data only: lexicon.ts reads it on first use.
 *
 * Source: Faker (https://github.com/faker-js/faker), MIT licence, Copyright (c) 2022-2025 Faker; the names are
 * copied as that project writes them.
 */
export const FAKER_SURNAMES = `
Ακρίδας Βαμβακάς Βαρουξής Βουρδουμπάς Γιάνναρης Δαγκλής Δημαράς Δοξαράς Ζάνος Κακριδής Λειβαδάς Μανωλάς Μαρής
`;
