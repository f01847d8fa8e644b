-- 全景管理: the photo uploaded for a viewpoint (点位); a viewpoint without a row here shows the one shipped in assets.
-- The viewpoints themselves, with their hotspots, are in hall_meta ('viewpoints') like the layout.
CREATE TABLE panorama_photos (
    viewpoint   VARCHAR(40)   PRIMARY KEY,
    jpeg        BYTEA         NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
