-- Conversion in SQL, owned by the money module and published for modules that keep converted amounts next
-- to their own rows. The rule is RateTable's: amount ÷ (units per EUR of the source on its date) × (units per
-- EUR of the target on the same date), rounded once, HALF_EVEN, to the target's minor units. The rate of a
-- date is the one published on it or the last one before it.

-- Units of the currency one euro bought on the date: 1 for EUR, null when no rate exists on or before it.
CREATE FUNCTION units_per_eur(p_currency char(3), p_on date) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_currency = 'EUR' THEN 1::numeric
                ELSE (SELECT r.units_per_eur FROM exchange_rate r
                      WHERE r.currency = p_currency AND r.rate_date <= p_on
                      ORDER BY r.rate_date DESC LIMIT 1) END
$$;

-- HALF_EVEN (banker's) rounding; PostgreSQL's round() takes ties away from zero.
CREATE FUNCTION round_half_even(p_value numeric, p_places integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN abs(s - trunc(s)) = 0.5
                THEN round((trunc(s) + CASE WHEN mod(trunc(s), 2) = 0 THEN 0 ELSE sign(s) END)
                           / power(10::numeric, p_places), p_places)
                ELSE round(p_value, p_places) END
    FROM (SELECT p_value * power(10::numeric, p_places) AS s) scaled
$$;

-- An amount converted with the two rates given (null when either is missing). The quotient is taken at 40
-- decimals, more than the 34 significant digits RateTable keeps, so both round the same exact value.
CREATE FUNCTION converted_amount(p_amount numeric, p_source_per_eur numeric, p_target_per_eur numeric,
                                 p_places integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT round_half_even(CAST(p_amount AS numeric(60, 40)) / p_source_per_eur * p_target_per_eur, p_places)
$$;
