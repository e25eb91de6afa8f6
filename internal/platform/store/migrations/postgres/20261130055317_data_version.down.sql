-- reverse: create "data_versions" table
DROP TABLE "data_versions";
