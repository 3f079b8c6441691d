/**
 * Real queries in Russian and the page each must find in the top 5 (tests/browser/search-queries.test.ts).
 */
import type { QuerySet } from './query-set.ts';

export default [
  ['кибербезопасность', '/ru/activities/arb-regional-cyberdrill-2023/'],
  ['киберучения арабские государства', '/ru/activities/arb-regional-cyberdrill-2023/'],
  ['Абу-Даби', '/ru/activities/arb-regional-cyberdrill-2023/'],
  ['Барбадос', '/ru/countries/bb/'],
  ['Резолюция 25', '/ru/resolutions/pp-25/'],
  ['управление использованием спектра', '/ru/activities/ams-spectrum-management-conference-2024/'],
  ['метавселенная', '/ru/activities/afr-cities-metaverse-forum-2023/'],
  ['цифровые финансовые услуги', '/ru/activities/asp-dfs-security-clinic-2023/'],
  ['умные города Египет', '/ru/activities/arb-egypt-smart-cities-project/'],
  ['Аруша', '/ru/activities/afr-sg20-meeting-arusha-2023/'],
  ['Кигалийский план действий', '/ru/references/kigali-action-plan/'],
  ['СИТЕЛ', '/ru/organizations/citel/'],
  ['подключение школ Giga', '/ru/activities/ams-giga-oecs-school-connectivity/'],
  ['номер экстренной помощи', '/ru/activities/afr-wtsa-100-emergency-number/'],
  ['Доступная Америка', '/ru/activities/ams-accessible-americas-2023/'],
  ['Бобруйск', '/ru/activities/cis-ssc-training-bobruisk-2023/'],
  ['VoLTE', '/ru/activities/cis-volte-roundtable-2023/'],
  ['аукцион 5G Колумбия', '/ru/activities/ams-colombia-5g-auction-assistance/'],
  ['радиовещательные станции Украина', '/ru/activities/eur-ukraine-broadcasting-assessment/'],
  ['Лига арабских государств', '/ru/organizations/las/'],
  ['РСС', '/ru/organizations/rcc/'],
  ['Цифровая коалиция Partner2Connect', '/ru/organizations/p2c-digital-coalition/'],
  ['обязательства P2C Африка', '/ru/forums/rdf-afr-2023/'],
  // Russian cases: the reader types the form a sentence needs.
  ['Беларусь', '/ru/countries/by/'],
  // These two fail: Pagefind's Russian (Snowball) stemmer takes the -сь of «Беларусь» for a reflexive verb
  // ending (Беларусь → белар, Беларуси → беларус), so the country page, which has only the nominative, never
  // matches another case; the pages found are the ones whose text has «Беларуси» (the two trainings, the document).
  ['Беларуси', '/ru/countries/by/'],
  ['в Беларуси', '/ru/countries/by/'],
  ['кибербезопасности', '/ru/activities/asp-eur-interregional-cyberdrill-2023/'],
  ['форума по развитию для Европы', '/ru/forums/rdf-eur-2023/'],
  ['региональный форум по развитию Европа', '/ru/forums/rdf-eur-2023/'],
  ['форум в Аддис-Абебе', '/ru/forums/rdf-afr-2023/'],
  ['семинар по радиосвязи в Гаване', '/ru/activities/ams-rrs-23-americas/'],
  ['Кыргызстан', '/ru/activities/cis-digital-transformation-forum-2023/'],
  // These two fail: country pages take their names from i18n-iso-countries (Киргизия, ОАЭ), not the UN/ITU
  // Russian names the texts use (Кыргызстан, Объединенные Арабские Эмираты).
  ['Кыргызстан', '/ru/countries/kg/'],
  ['Объединенные Арабские Эмираты', '/ru/countries/ae/'],
  // Russian acronyms of ITU's conferences and bureaux.
  ['ВАСЭ-24 подготовительные собрания', '/ru/activities/arb-wtsa-24-preparatory-meetings/'],
  ['ВКР-23 СИТЕЛ', '/ru/activities/ams-wrc-23-preparation-citel/'],
  // Fails: the short name «Заключительный отчет ВКРЭ-22» is shown only in the list of resolutions and
  // documents, not on the report's own page (a short name or alias is on no entry's page, in any language).
  ['Заключительный отчет ВКРЭ-22', '/ru/references/wtdc-22-final-report/'],
  ['ВАСЭ Нью-Дели', '/ru/activities/asp-wtsa-24-site-visit-2023/'],
  ['ассистенты БСЭ', '/ru/activities/asp-tsb-staff-new-delhi/'],
  // Compounds written joined, spaced or hyphenated.
  ['Иссык-Куль', '/ru/activities/cis-digital-transformation-forum-2023/'],
  ['Иссык Куль', '/ru/activities/cis-digital-transformation-forum-2023/'],
  ['кибер учения', '/ru/activities/arb-regional-cyberdrill-2023/'],
  ['кибер-учения', '/ru/activities/arb-regional-cyberdrill-2023/'],
  ['ВАСЭ 24', '/ru/activities/arb-wtsa-24-preparatory-meetings/'],
  ['ВАСЭ24', '/ru/activities/arb-wtsa-24-preparatory-meetings/'],
  ['мета-вселенная', '/ru/activities/afr-cities-metaverse-forum-2023/'],
  // Numbers.
  ['Резолюция 100', '/ru/resolutions/wtsa-100/'],
  ['Резолюция 1408', '/ru/resolutions/council-1408/'],
  ['RRS-23', '/ru/activities/ams-rrs-23-americas/'],
  ['5G Украина', '/ru/activities/eur-5g-executive-training-ukraine-2024/'],
  ['Y.3000', '/ru/activities/asp-ai-multistakeholder-forum-2023/'],
] satisfies QuerySet;
