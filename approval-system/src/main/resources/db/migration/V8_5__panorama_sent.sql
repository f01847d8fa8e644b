-- 发布: the hash of each viewpoint's photo as last sent to the inner gateway, so that a publication carries only the
-- photos changed since; 全部重发 sends every photo again whatever is kept here.
CREATE TABLE panorama_sent (
    viewpoint VARCHAR(40)              PRIMARY KEY,
    sha256    VARCHAR(64)              NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
