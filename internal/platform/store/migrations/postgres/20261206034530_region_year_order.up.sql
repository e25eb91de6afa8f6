-- The region level of the cockpit reads one year's row per region. Kept in
-- year order, with room on every page for the updates each write makes (HOT:
-- the new version stays on its page), those rows lie together and are read
-- through the fiscal_year index instead of scanning every year's rows.
ALTER TABLE "region_year_summaries" SET (fillfactor = 50);
CLUSTER "region_year_summaries" USING "regionyearsummary_fiscal_year";
ANALYZE "region_year_summaries";
