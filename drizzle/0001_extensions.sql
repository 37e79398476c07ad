-- Trigram matching for typo-tolerant search (PGlite ships it; Debian's PostgreSQL has it in the server package).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
