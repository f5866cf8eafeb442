/** The chunks each part imports, from the parts build (scripts/part-files.ts). */
declare module 'virtual:civic-part-files' {
  const files: Partial<Record<string, string[]>>;
  export default files;
}
