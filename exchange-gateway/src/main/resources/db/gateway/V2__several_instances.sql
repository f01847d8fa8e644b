-- Several instances of a role on one database (docs/contracts.md#several-instances-of-a-role).

-- outer: every instance takes its receipt numbers in blocks from this sequence (outer/intake/ReceiptNumbers)
CREATE SEQUENCE receipt_block START WITH 1 INCREMENT BY 1;

-- gap: the last sequence number used per sender (an instance of the role; '' when it runs as one) and outbound
-- channel. The rows of the single sender before carry over.
CREATE TABLE gap_sent_by (
    sender   VARCHAR(16) NOT NULL,
    channel  VARCHAR(32) NOT NULL,
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (sender, channel)
);
INSERT INTO gap_sent_by (sender, channel, last_seq) SELECT '', channel, last_seq FROM gap_sent;
DROP TABLE gap_sent;
ALTER TABLE gap_sent_by RENAME TO gap_sent;

-- gap: sequence numbers received per inbound channel and sender (gaps are the missing ones of each sender)
CREATE TABLE gap_received_from (
    channel     VARCHAR(32) NOT NULL,
    sender      VARCHAR(16) NOT NULL,
    seq         BIGINT NOT NULL,
    received_at TIMESTAMP NOT NULL,
    PRIMARY KEY (channel, sender, seq)
);
INSERT INTO gap_received_from (channel, sender, seq, received_at) SELECT channel, '', seq, received_at FROM gap_received;
DROP TABLE gap_received;
ALTER TABLE gap_received_from RENAME TO gap_received;

-- gap: acks an instance took off the shared spool for another instance of its role, until that one takes them
CREATE TABLE gap_acked (
    sender   VARCHAR(16) NOT NULL,
    channel  VARCHAR(32) NOT NULL,
    seq      BIGINT NOT NULL,
    acked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (sender, channel, seq)
);

-- outer: receipt numbers no longer start above the greatest one a key holds, so nothing reads keys by their receipt
DROP INDEX IF EXISTS submission_key_receipt;
