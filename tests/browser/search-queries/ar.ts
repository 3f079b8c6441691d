/**
 * Real queries in Arabic and the page each must find in the top 5 (tests/browser/search-queries.test.ts).
 * Pagefind stems Arabic (Snowball); every query was checked against the words of its target page in dist/ar/.
 */
import type { QuerySet } from './query-set.ts';

export default [
  // Places and events.
  ['أروشا', '/ar/activities/afr-sg20-meeting-arusha-2023/'],
  ['بوبرويسك', '/ar/activities/cis-ssc-training-bobruisk-2023/'],
  ['هافانا', '/ar/activities/ams-rrs-23-americas/'],
  ['باربادوس', '/ar/countries/bb/'],
  // ITU's Arabic name of Belarus; the country page is titled «روسيا البيضاء» (i18n-iso-countries), which no Arabic text uses.
  ['بيلاروس', '/ar/countries/by/'],
  ['خطة عمل كيغالي', '/ar/references/kigali-action-plan/'],
  // The spelling of the Egyptian press (ITU writes كيغالي).
  ['خطة عمل كيجالي', '/ar/references/kigali-action-plan/'],
  ['رقم الطوارئ', '/ar/activities/afr-wtsa-100-emergency-number/'],
  ['إدارة الطيف', '/ar/activities/ams-spectrum-management-conference-2024/'],
  ['المنتدى الإقليمي للتنمية لأوروبا', '/ar/forums/rdf-eur-2023/'],
  // The older word order, still common.
  ['منتدى التنمية الإقليمي أفريقيا', '/ar/forums/rdf-afr-2023/'],
  ['محطات الإذاعة أوكرانيا', '/ar/activities/eur-ukraine-broadcasting-assessment/'],
  ['الشبكات المفتوحة', '/ar/activities/ams-open-networks-seminar-2023/'],
  ['Accessible Americas', '/ar/activities/ams-accessible-americas-2023/'],
  ['إمكانية النفاذ في الأمريكتين', '/ar/activities/ams-accessible-americas-2023/'],
  ['توصيل المدارس Giga', '/ar/activities/ams-giga-oecs-school-connectivity/'],
  ['جامعة الدول العربية', '/ar/organizations/las/'],
  ['التمرين السيبراني الدول العربية', '/ar/activities/arb-regional-cyberdrill-2023/'],
  // Acronyms.
  ['VoLTE', '/ar/activities/cis-volte-roundtable-2023/'],
  ['P2C', '/ar/organizations/p2c-digital-coalition/'],
  ['التزامات P2C أفريقيا', '/ar/forums/rdf-afr-2023/'],
  // The Bureau by its acronym, as ITU's Arabic documents write it after the name (the seminar BDT and BR organized).
  ['BDT', '/ar/activities/ams-rrs-23-americas/'],
  ['CITEL', '/ar/organizations/citel/'],
  ['Y.3000', '/ar/activities/asp-ai-multistakeholder-forum-2023/'],
  // With and without the article ال.
  ['الأمن السيبراني', '/ar/activities/arb-regional-cyberdrill-2023/'],
  ['أمن سيبراني', '/ar/activities/arb-regional-cyberdrill-2023/'],
  ['المدن الذكية مصر', '/ar/activities/arb-egypt-smart-cities-project/'],
  ['مدن ذكية مصر', '/ar/activities/arb-egypt-smart-cities-project/'],
  ['الميتافيرس', '/ar/activities/afr-cities-metaverse-forum-2023/'],
  ['ميتافيرس', '/ar/activities/afr-cities-metaverse-forum-2023/'],
  ['الذكاء الاصطناعي', '/ar/activities/asp-ai-multistakeholder-forum-2023/'],
  ['ذكاء اصطناعي', '/ar/activities/asp-ai-multistakeholder-forum-2023/'],
  ['الخدمات المالية الرقمية', '/ar/activities/asp-dfs-security-clinic-2023/'],
  // The stemmer does not bring خدمات and الخدمات to one stem (مالية/المالية and رقمية/الرقمية it does).
  ['خدمات مالية رقمية', '/ar/activities/asp-dfs-security-clinic-2023/'],
  // Compounds written joined, spaced or hyphenated.
  ['أبوظبي', '/ar/activities/arb-regional-cyberdrill-2023/'],
  ['أبو ظبي', '/ar/activities/arb-regional-cyberdrill-2023/'],
  ['نيودلهي', '/ar/activities/asp-tsb-staff-new-delhi/'],
  ['نيو دلهي', '/ar/activities/asp-tsb-staff-new-delhi/'],
  ['WTSA-24 نيودلهي', '/ar/activities/asp-wtsa-24-site-visit-2023/'],
  ['WTSA 24 نيودلهي', '/ar/activities/asp-wtsa-24-site-visit-2023/'],
  ['WTSA24', '/ar/activities/arb-wtsa-24-preparatory-meetings/'],
  ['الاجتماعات التحضيرية WTSA-24', '/ar/activities/arb-wtsa-24-preparatory-meetings/'],
  ['RDF-AFR', '/ar/forums/rdf-afr-2023/'],
  ['RDF AFR', '/ar/forums/rdf-afr-2023/'],
  // Numbers, in Western digits.
  ['القرار 25', '/ar/resolutions/pp-25/'],
  ['القرار 100', '/ar/resolutions/wtsa-100/'],
  ['القرار 1408', '/ar/resolutions/council-1408/'],
  ['مزاد 5G كولومبيا', '/ar/activities/ams-colombia-5g-auction-assistance/'],
  ['5G أوكرانيا', '/ar/activities/eur-5g-executive-training-ukraine-2024/'],
  ['الجيل الخامس أوكرانيا', '/ar/activities/eur-5g-executive-training-ukraine-2024/'],
  ['RRS-23', '/ar/activities/ams-rrs-23-americas/'],
  ['WRC-27', '/ar/activities/asp-apac-spectrum-conference-2024/'],
  ['الإقليم 3', '/ar/activities/asp-ntfa-workshop-2024/'],
] satisfies QuerySet;
