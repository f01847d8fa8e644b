-- 热词: what citizens searched for in the hall's search, per day (Asia/Shanghai) and normalised query, as counted by the
-- outer gateway and carried across the gap. Absolute counts: a row sent again is upserted, never added twice. No
-- person is in it.
CREATE TABLE search_terms (
    searched_on  DATE          NOT NULL,
    query        VARCHAR(100)  NOT NULL,
    searches     BIGINT        NOT NULL,
    zero_results BIGINT        NOT NULL,
    fallbacks    BIGINT        NOT NULL,
    opened       BIGINT        NOT NULL,
    applied      BIGINT        NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (searched_on, query)
);
