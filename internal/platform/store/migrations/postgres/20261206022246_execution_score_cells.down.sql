-- reverse: create index "executionscorecell_fiscal_year_execution_cell_score_cell" to table: "execution_score_cells"
DROP INDEX "executionscorecell_fiscal_year_execution_cell_score_cell";
-- reverse: create "execution_score_cells" table
DROP TABLE "execution_score_cells";
