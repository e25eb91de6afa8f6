ALTER TABLE "region_year_summaries" RESET (fillfactor);
