/**
 * Real queries in English and the page each must find in the top 5 (tests/browser/search-queries.test.ts).
 */
import type { QuerySet } from './query-set.ts';

export default [
  ['cybersecurity', '/en/activities/arb-regional-cyberdrill-2023/'],
  ['cyberdrill Arab States', '/en/activities/arb-regional-cyberdrill-2023/'],
  ['Barbados', '/en/countries/bb/'],
  ['Resolution 25', '/en/resolutions/pp-25/'],
  ['spectrum management', '/en/activities/ams-spectrum-management-conference-2024/'],
  ['metaverse', '/en/activities/afr-cities-metaverse-forum-2023/'],
  ['digital financial services', '/en/activities/asp-dfs-security-clinic-2023/'],
  ['smart cities Egypt', '/en/activities/arb-egypt-smart-cities-project/'],
  ['Arusha', '/en/activities/afr-sg20-meeting-arusha-2023/'],
  ['Kigali Action Plan', '/en/references/kigali-action-plan/'],
  ['CITEL', '/en/organizations/citel/'],
  ['Giga school connectivity', '/en/activities/ams-giga-oecs-school-connectivity/'],
  ['emergency number', '/en/activities/afr-wtsa-100-emergency-number/'],
  ['Accessible Americas', '/en/activities/ams-accessible-americas-2023/'],
  ['Bobruisk', '/en/activities/cis-ssc-training-bobruisk-2023/'],
  ['VoLTE', '/en/activities/cis-volte-roundtable-2023/'],
  ['Colombia 5G auction', '/en/activities/ams-colombia-5g-auction-assistance/'],
  ['regional development forum Europe', '/en/forums/rdf-eur-2023/'],
  ['Ukraine broadcasting', '/en/activities/eur-ukraine-broadcasting-assessment/'],
  ['Belarus', '/en/countries/by/'],
  // Compounds written joined, spaced or hyphenated.
  ['cyber drill', '/en/activities/arb-regional-cyberdrill-2023/'],
  ['cyber-drill', '/en/activities/arb-regional-cyberdrill-2023/'],
  ['cyber security clinic', '/en/activities/asp-dfs-security-clinic-2023/'],
  ['meta-verse', '/en/activities/afr-cities-metaverse-forum-2023/'],
  ['WTSA-24 preparatory meetings', '/en/activities/arb-wtsa-24-preparatory-meetings/'],
  ['WTSA 24 preparatory', '/en/activities/arb-wtsa-24-preparatory-meetings/'],
  ['WTSA24', '/en/activities/arb-wtsa-24-preparatory-meetings/'],
  ['Partner2Connect Digital Coalition', '/en/organizations/p2c-digital-coalition/'],
  ['P2C commitments Africa', '/en/forums/rdf-afr-2023/'],
  // Numbers.
  ['Resolution 100', '/en/resolutions/wtsa-100/'],
  ['RRS-23', '/en/activities/ams-rrs-23-americas/'],
] satisfies QuerySet;
