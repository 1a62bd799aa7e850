export declare const databaseGlobalSetup: string;
export declare function databaseTestProjects(): { extends: true; test: { name: string; env: Record<string, string>; include?: string[] } }[];
