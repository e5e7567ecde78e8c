-- Idempotency keys expire (palisade.idempotency.lifetime, default 24 h): the scheduled cleanup finds the
-- oldest keys through this index and deletes them in small batches.
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
