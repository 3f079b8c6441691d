/**
 * Type tests: a language's strings module must have exactly the keys of
 * UI_KEYS, and its vocabulary labels exactly one label per value. A missing
 * or an extra key is a type error (each @ts-expect-error below fails the
 * type check if the error it expects does not happen).
 */
import { describe, expectTypeOf, test } from 'vitest';
import type { LanguageNames, Strings, UiKey, VocabLabels } from '../../src/i18n/keys.ts';
import type { Language } from '../../src/i18n/language.ts';
import type { Sector, Theme } from '../../src/schemas/vocab.ts';
import * as zh from '../../src/i18n/strings/zh-cn.ts';
import * as en from '../../src/i18n/strings/en.ts';
import zhEntry from '../../src/i18n/languages/zh-cn.ts';
import enEntry from '../../src/i18n/languages/en.ts';

describe('strings modules', () => {
  test('the real ones have exactly the keys of UI_KEYS', () => {
    expectTypeOf<keyof typeof zh.strings>().toEqualTypeOf<UiKey>();
    expectTypeOf<keyof typeof en.strings>().toEqualTypeOf<UiKey>();
    expectTypeOf(zh.strings).toExtend<Strings>();
    expectTypeOf(en.strings).toExtend<Strings>();
  });

  test('a missing key is a type error', () => {
    const { 'site.title': _dropped, ...missing } = en.strings;
    expectTypeOf(missing).not.toExtend<Strings>();
    // @ts-expect-error Property 'site.title' is missing
    missing satisfies Strings;
    // @ts-expect-error Property 'nav.home' is missing (in an object literal too)
    ({ 'site.title': 'x' }) satisfies Strings;
  });

  test('an extra key is a type error', () => {
    // @ts-expect-error Object literal may only specify known properties: 'site.titel' is not in UI_KEYS
    ({ ...en.strings, 'site.titel': 'Typo' }) satisfies Strings;
    expectTypeOf<'site.titel'>().not.toExtend<UiKey>();
  });

  test('a plural key takes its forms, with "other", not a string', () => {
    ({ ...en.strings, 'list.count': { one: '{n} item', other: '{n} items' } }) satisfies Strings;
    // @ts-expect-error Type 'string' is not assignable to type 'PluralForms'
    ({ ...en.strings, 'list.count': '{n} items' }) satisfies Strings;
    // @ts-expect-error Property 'other' is missing
    ({ ...en.strings, 'list.count': { one: '{n} item' } }) satisfies Strings;
  });

  test('a value must be a string', () => {
    // @ts-expect-error Type 'number' is not assignable to type 'string'
    ({ ...en.strings, 'site.title': 1 }) satisfies Strings;
  });
});

describe('vocabulary labels', () => {
  test('the real ones label every value, and nothing else', () => {
    expectTypeOf<keyof typeof zh.vocab.sector>().toEqualTypeOf<Sector>();
    expectTypeOf<keyof typeof en.vocab.theme>().toEqualTypeOf<Theme>();
    expectTypeOf(zh.vocab).toExtend<VocabLabels>();
    expectTypeOf(en.vocab).toExtend<VocabLabels>();
  });

  test('a missing label is a type error', () => {
    const { gs: _dropped, ...sector } = en.vocab.sector;
    expectTypeOf({ ...en.vocab, sector }).not.toExtend<VocabLabels>();
    // @ts-expect-error Property 'gs' is missing
    ({ ...en.vocab, sector }) satisfies VocabLabels;
  });

  test('an extra label is a type error', () => {
    // @ts-expect-error Object literal may only specify known properties: 'itu-x' is not a sector
    ({ ...en.vocab, sector: { ...en.vocab.sector, 'itu-x': 'X' } }) satisfies VocabLabels;
  });
});

describe('locale entries', () => {
  test('the real ones are Languages', () => {
    expectTypeOf(zhEntry).toExtend<Language>();
    expectTypeOf(enEntry).toExtend<Language>();
    expectTypeOf(en.languageNames).toExtend<LanguageNames>();
  });

  test('a fact missing or misspelt is a type error', () => {
    const { dir: _dropped, ...noDir } = enEntry;
    // @ts-expect-error Property 'dir' is missing
    noDir satisfies Language;
    // @ts-expect-error Type '"up"' is not assignable to type '"ltr" | "rtl"'
    ({ ...enEntry, dir: 'up' }) satisfies Language;
    // @ts-expect-error Object literal may only specify known properties: 'direction'
    ({ ...enEntry, direction: 'rtl' }) satisfies Language;
  });
});
