/** The hash of the generator sources that names their build (build/<hash>/). */
export declare function buildHash(): string;
