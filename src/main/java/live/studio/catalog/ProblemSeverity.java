package live.studio.catalog;

/** ERROR: the file must be fixed (what was wrong is left out). WARNING: usable, but probably not as meant. */
public enum ProblemSeverity { ERROR, WARNING }
