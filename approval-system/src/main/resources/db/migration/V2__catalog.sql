-- The back office's catalog (departments, windows, staff, items) and console users.

CREATE TABLE departments (
    code        VARCHAR(8)    PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    short_name  VARCHAR(50)   NOT NULL,
    phone       VARCHAR(30)   NOT NULL,
    attendance  VARCHAR(16)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    version     INT           NOT NULL DEFAULT 0
);

CREATE TABLE windows (
    number      VARCHAR(8)    PRIMARY KEY,
    department  VARCHAR(8)    NOT NULL REFERENCES departments (code),
    floor       INT           NOT NULL,
    zone        VARCHAR(4)    NOT NULL,
    x           DOUBLE PRECISION NOT NULL,
    y           DOUBLE PRECISION NOT NULL,
    facing      VARCHAR(8)    NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    attendance  VARCHAR(16)   NOT NULL,
    sign        VARCHAR(100)  NOT NULL,
    version     INT           NOT NULL DEFAULT 0
);

CREATE TABLE staff (
    badge       VARCHAR(16)   PRIMARY KEY,
    name        VARCHAR(50)   NOT NULL,
    department  VARCHAR(8)    NOT NULL REFERENCES departments (code),
    window_no   VARCHAR(8)    NOT NULL REFERENCES windows (number),
    post        VARCHAR(1)    NOT NULL,
    role        VARCHAR(50)   NOT NULL,
    title       VARCHAR(50)   NOT NULL,
    duties      VARCHAR(2000) NOT NULL,
    photo       VARCHAR(200),
    on_duty     BOOLEAN       NOT NULL,
    version     INT           NOT NULL DEFAULT 0
);

-- An item is published whole (八公开, materials, form), so it is kept as the hall-model JSON;
-- the columns beside it are what the console searches and lists by.
CREATE TABLE items (
    code        VARCHAR(16)   PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    department  VARCHAR(8)    NOT NULL REFERENCES departments (code),
    case_type   VARCHAR(16)   NOT NULL,
    body        VARCHAR(200000) NOT NULL,
    version     INT           NOT NULL DEFAULT 0
);

-- Facts of the hall that the back office does not edit (info, layout), kept as published.
CREATE TABLE hall_meta (
    name  VARCHAR(32)    PRIMARY KEY,
    body  VARCHAR(1000000) NOT NULL
);

CREATE TABLE users (
    username    VARCHAR(32)   PRIMARY KEY,
    password    VARCHAR(100)  NOT NULL,   -- BCrypt hash
    display     VARCHAR(50)   NOT NULL,
    role        VARCHAR(16)   NOT NULL,   -- STAFF | HEAD | ADMIN | SUPERVISOR
    department  VARCHAR(8),
    window_no   VARCHAR(8)
);
