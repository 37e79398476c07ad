-- Rate-limit counters are written on every anonymous GraphQL request (on PostgreSQL, where the
-- instances share them). They need no crash safety: after a crash the counters start again at
-- zero, as after a window. Unlogged, a count is not flushed to the WAL on every commit
-- (pgbench, one hot key, 4 clients: 1.47 ms a write logged, 0.35 ms unlogged). Standbys do not
-- receive unlogged tables; a promoted standby starts its counts anew.
ALTER TABLE "rate_limits" SET UNLOGGED;
