-- The lead inbox as a team would lay it out for PostGraphile: the lead table with
-- every column and index of the CRM's, its owner and relation by foreign key,
-- tags in one tagging table for all record types (as the CRM keeps them).
-- Owners, relations and tags carry only the columns the page reads.
CREATE TABLE app_user (id integer PRIMARY KEY, name varchar(200) NOT NULL);
CREATE TABLE relation (id integer PRIMARY KEY, name varchar(255) NOT NULL);
CREATE TABLE tag (id integer PRIMARY KEY, name varchar(100) NOT NULL UNIQUE);
CREATE TABLE tagging (
  entity_type varchar(10) NOT NULL,
  record_id integer NOT NULL,
  tag_id integer NOT NULL REFERENCES tag (id),
  PRIMARY KEY (entity_type, record_id, tag_id)
);
CREATE TABLE lead (
  id integer PRIMARY KEY,
  kind varchar(10) NOT NULL,
  status varchar(12) NOT NULL DEFAULT 'NEW',
  source varchar(10) NOT NULL,
  external_id varchar(100),
  first_name varchar(100),
  last_name varchar(100),
  email varchar(254),
  phone varchar(50),
  company_name varchar(255),
  registration_number varchar(50),
  country varchar(2),
  street varchar(255),
  postal_code varchar(20),
  city varchar(100),
  website varchar(255),
  birth_date varchar(10),
  message text,
  owner_id integer CONSTRAINT lead_owner_fk REFERENCES app_user (id),
  division_id integer,
  created_by_id integer,
  rejection_reason varchar(500),
  converted_relation_id integer CONSTRAINT lead_relation_fk REFERENCES relation (id),
  converted_contact_id integer,
  converted_deal_id integer,
  converted_at timestamptz,
  merged_into_id integer,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX ON lead (kind);
CREATE INDEX ON lead (status);
CREATE INDEX ON lead (source);
CREATE INDEX ON lead (last_name);
CREATE INDEX ON lead (email);
CREATE INDEX ON lead (phone);
CREATE INDEX ON lead (company_name);
CREATE INDEX ON lead (registration_number);
CREATE INDEX ON lead (owner_id);
CREATE INDEX ON lead (division_id);
CREATE INDEX ON lead (division_id, status);
CREATE INDEX ON lead (converted_relation_id);
CREATE INDEX ON lead (converted_contact_id);
CREATE INDEX ON lead (merged_into_id);
CREATE INDEX ON lead (created_at);

-- the page's field names, as PostGraphile's smart comments set them
COMMENT ON CONSTRAINT lead_owner_fk ON lead IS E'@fieldName owner\n@foreignFieldName ownedLeads';
COMMENT ON CONSTRAINT lead_relation_fk ON lead IS E'@fieldName relation\n@foreignFieldName leads';

-- tags as a computed column, a plain list (tagsList) in name order like the CRM's
CREATE FUNCTION lead_tags(l lead) RETURNS SETOF tag AS $$
  SELECT tag.* FROM tagging JOIN tag ON tag.id = tagging.tag_id
  WHERE tagging.entity_type = 'LEAD' AND tagging.record_id = l.id
  ORDER BY tag.name
$$ LANGUAGE sql STABLE;
COMMENT ON FUNCTION lead_tags(lead) IS E'@simpleCollections only';
