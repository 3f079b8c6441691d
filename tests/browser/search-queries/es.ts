/**
 * Real queries in Spanish and the page each must find in the top 5 (tests/browser/search-queries.test.ts).
 * Every target page contains the words of its query (accents aside), except the one for OMM, noted below.
 */
import type { QuerySet } from './query-set.ts';

export default [
  // Names of places and events.
  ['Arusha', '/es/activities/afr-sg20-meeting-arusha-2023/'],
  ['Bobruisk', '/es/activities/cis-ssc-training-bobruisk-2023/'],
  ['La Habana', '/es/activities/ams-rrs-23-americas/'],
  ['Uagadugu', '/es/activities/afr-ict-environment-symposium-2024/'],
  ['Issyk Kul', '/es/activities/cis-digital-transformation-forum-2023/'],
  ['Américas Accesibles', '/es/activities/ams-accessible-americas-2023/'],
  ['ciberejercicio Abu Dhabi', '/es/activities/arb-regional-cyberdrill-2023/'],
  ['ciberseguridad', '/es/activities/arb-regional-cyberdrill-2023/'],
  ['metaverso', '/es/activities/afr-cities-metaverse-forum-2023/'],
  ['servicios financieros digitales', '/es/activities/asp-dfs-security-clinic-2023/'],
  ['Barbados', '/es/countries/bb/'],
  // ITU's Spanish name, which the texts use; the country page takes it from the locale entry's countryNames.
  ['Belarús', '/es/countries/by/'],
  ['Belarus', '/es/countries/by/'],
  // Acronyms: ITU's Spanish ones (AMNT, CMDT, FRD, SRR, PAK, OMM) and those kept as they are (VoLTE, P2C, CITEL).
  ['VoLTE', '/es/activities/cis-volte-roundtable-2023/'],
  ['P2C', '/es/organizations/p2c-digital-coalition/'],
  ['AMNT-24 Nueva Delhi', '/es/activities/asp-wtsa-24-site-visit-2023/'],
  ['AMNT 24 Nueva Delhi', '/es/activities/asp-wtsa-24-site-visit-2023/'],
  ['CMDT', '/es/resolutions/wtdc-17/'],
  ['FRD-AFR', '/es/forums/rdf-afr-2023/'],
  ['SRR 23 Americas', '/es/activities/ams-rrs-23-americas/'],
  ['CITEL', '/es/organizations/citel/'],
  ['PAK', '/es/references/kigali-action-plan/'],
  // The Spanish acronym of the WMO: its page shows the facts' acronym (WMO), not the Spanish one, so this fails (docs/translations/es-review.md).
  ['OMM', '/es/organizations/wmo/'],
  // Singular and plural.
  ['ciudades inteligentes Egipto', '/es/activities/arb-egypt-smart-cities-project/'],
  ['ciudad inteligente Egipto', '/es/activities/arb-egypt-smart-cities-project/'],
  // Accents typed or omitted.
  ['gestión del espectro', '/es/activities/ams-spectrum-management-conference-2024/'],
  ['gestion del espectro Brasilia', '/es/activities/ams-spectrum-management-conference-2024/'],
  ['Comisión Económica para Europa', '/es/organizations/unece/'],
  ['Comision Economica para Europa', '/es/organizations/unece/'],
  ['numero de emergencia Africa', '/es/activities/afr-wtsa-100-emergency-number/'],
  ['radiodifusion Ucrania', '/es/activities/eur-ukraine-broadcasting-assessment/'],
  ['proteccion infancia en linea', '/es/activities/ams-giga-oecs-school-connectivity/'],
  // Compounds written joined, hyphenated or spaced.
  ['ciberejercicio interregional', '/es/activities/asp-eur-interregional-cyberdrill-2023/'],
  ['ciber-ejercicio interregional', '/es/activities/asp-eur-interregional-cyberdrill-2023/'],
  ['ciber ejercicio interregional', '/es/activities/asp-eur-interregional-cyberdrill-2023/'],
  ['Telecomunidad Asia-Pacífico', '/es/organizations/apt/'],
  ['Foro Regional de Desarrollo Asia Pacifico', '/es/forums/rdf-asp-2023/'],
  // Numbers: resolutions, 5G, a study group.
  ['Resolución 25', '/es/resolutions/pp-25/'],
  ['resolucion 1408', '/es/resolutions/council-1408/'],
  ['subasta 5G Colombia', '/es/activities/ams-colombia-5g-auction-assistance/'],
  ['5G Ucrania', '/es/activities/eur-5g-executive-training-ukraine-2024/'],
  ['Comisión de Estudio 20', '/es/activities/afr-sg20-meeting-arusha-2023/'],
  // Themes and documents.
  ['Plan de Acción de Kigali', '/es/references/kigali-action-plan/'],
  ['Giga escuelas Caribe Oriental', '/es/activities/ams-giga-oecs-school-connectivity/'],
  ['Foro Regional de Desarrollo Europa', '/es/forums/rdf-eur-2023/'],
] satisfies QuerySet;
