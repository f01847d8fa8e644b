-- outer: the viewpoints' panorama photos that came across the gap, shared by the outer instances
-- (outer/panorama/PanoramaTable): the instance that takes a photo off the gap keeps it here with its preview, and
-- every instance serves it from here. A publication without the viewpoint drops its row.
CREATE TABLE panorama_photo (
    viewpoint    VARCHAR(40) PRIMARY KEY,
    content_type VARCHAR(40) NOT NULL,
    etag         VARCHAR(80) NOT NULL,
    jpeg         BYTEA       NOT NULL,
    preview      BYTEA       NOT NULL,
    received_at  TIMESTAMP   NOT NULL
);
