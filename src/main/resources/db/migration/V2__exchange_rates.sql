-- Dated exchange rates with EUR as the reference: units of the currency that one euro buys on that date,
-- as central banks publish them (e.g. USD 1.1560 on 2025-08-04). A conversion uses the rate of its date or
-- the last one before it, so one row per publication day is enough.
CREATE TABLE exchange_rate (
    currency      char(3)        NOT NULL,
    rate_date     date           NOT NULL,
    units_per_eur numeric(24, 10) NOT NULL CHECK (units_per_eur > 0),
    source        varchar(300),
    recorded_at   timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (currency, rate_date),
    CONSTRAINT exchange_rate_not_eur CHECK (currency <> 'EUR')
);
