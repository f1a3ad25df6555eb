export function engineHash(sourceDir: string): string;
