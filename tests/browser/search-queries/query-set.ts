/** A language's query set: [what a reader types, the path of the page it must find in the top 5]. */
export type QuerySet = readonly (readonly [query: string, page: string])[];
