/**
 * The little of citation-js's API the export tests use (the packages ship no type declarations).
 * Only tests import these modules; nothing in the extension does.
 */
declare module '@citation-js/core' {
  export interface CslData {
    [variable: string]: unknown;
  }
  export class Cite {
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: CslData[];
    format(format: 'bibliography', options?: { template?: string; lang?: string; format?: 'text' }): string;
    format(format: 'data', options?: { format?: 'object' }): CslData[];
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
