-- reverse: create index "sessions_token_hash_key" to table: "sessions"
DROP INDEX "sessions_token_hash_key";
-- reverse: create index "session_user_id" to table: "sessions"
DROP INDEX "session_user_id";
-- reverse: create "sessions" table
DROP TABLE "sessions";
-- reverse: create index "scoreitem_parent_id" to table: "score_items"
DROP INDEX "scoreitem_parent_id";
-- reverse: create index "scoreitem_evaluation_id_sort_order" to table: "score_items"
DROP INDEX "scoreitem_evaluation_id_sort_order";
-- reverse: create index "scoreitem_department_id" to table: "score_items"
DROP INDEX "scoreitem_department_id";
-- reverse: create "score_items" table
DROP TABLE "score_items";
-- reverse: create index "review_target_id" to table: "reviews"
DROP INDEX "review_target_id";
-- reverse: create index "review_department_id" to table: "reviews"
DROP INDEX "review_department_id";
-- reverse: create "reviews" table
DROP TABLE "reviews";
-- reverse: create index "rectification_status_deadline" to table: "rectifications"
DROP INDEX "rectification_status_deadline";
-- reverse: create index "rectification_monitoring_id" to table: "rectifications"
DROP INDEX "rectification_monitoring_id";
-- reverse: create index "rectification_evaluation_id" to table: "rectifications"
DROP INDEX "rectification_evaluation_id";
-- reverse: create index "rectification_department_id_status" to table: "rectifications"
DROP INDEX "rectification_department_id_status";
-- reverse: create "rectifications" table
DROP TABLE "rectifications";
-- reverse: create index "indicatorprogress_monitoring_id_indicator_id" to table: "indicator_progresses"
DROP INDEX "indicatorprogress_monitoring_id_indicator_id";
-- reverse: create index "indicatorprogress_indicator_id" to table: "indicator_progresses"
DROP INDEX "indicatorprogress_indicator_id";
-- reverse: create index "indicatorprogress_department_id" to table: "indicator_progresses"
DROP INDEX "indicatorprogress_department_id";
-- reverse: create "indicator_progresses" table
DROP TABLE "indicator_progresses";
-- reverse: create index "monitoring_project_id_fiscal_year_month" to table: "monitorings"
DROP INDEX "monitoring_project_id_fiscal_year_month";
-- reverse: create index "monitoring_fiscal_year_warning_level" to table: "monitorings"
DROP INDEX "monitoring_fiscal_year_warning_level";
-- reverse: create index "monitoring_department_id_fiscal_year_month" to table: "monitorings"
DROP INDEX "monitoring_department_id_fiscal_year_month";
-- reverse: create "monitorings" table
DROP TABLE "monitorings";
-- reverse: create index "indicator_template_id" to table: "indicators"
DROP INDEX "indicator_template_id";
-- reverse: create index "indicator_target_id_sort_order" to table: "indicators"
DROP INDEX "indicator_target_id_sort_order";
-- reverse: create index "indicator_department_id" to table: "indicators"
DROP INDEX "indicator_department_id";
-- reverse: create "indicators" table
DROP TABLE "indicators";
-- reverse: create index "target_project_id" to table: "targets"
DROP INDEX "target_project_id";
-- reverse: create index "target_predecessor_id" to table: "targets"
DROP INDEX "target_predecessor_id";
-- reverse: create index "target_fiscal_year_status" to table: "targets"
DROP INDEX "target_fiscal_year_status";
-- reverse: create index "target_department_id_fiscal_year" to table: "targets"
DROP INDEX "target_department_id_fiscal_year";
-- reverse: create "targets" table
DROP TABLE "targets";
-- reverse: create index "indicatortemplate_sector" to table: "indicator_templates"
DROP INDEX "indicatortemplate_sector";
-- reverse: create index "indicatortemplate_category_subcategory" to table: "indicator_templates"
DROP INDEX "indicatortemplate_category_subcategory";
-- reverse: create index "indicator_templates_code_key" to table: "indicator_templates"
DROP INDEX "indicator_templates_code_key";
-- reverse: create "indicator_templates" table
DROP TABLE "indicator_templates";
-- reverse: create "evaluation_experts" table
DROP TABLE "evaluation_experts";
-- reverse: create index "disbursement_project_id_fiscal_year_month" to table: "disbursements"
DROP INDEX "disbursement_project_id_fiscal_year_month";
-- reverse: create index "disbursement_department_id_fiscal_year_month" to table: "disbursements"
DROP INDEX "disbursement_department_id_fiscal_year_month";
-- reverse: create index "disbursement_allocation_id" to table: "disbursements"
DROP INDEX "disbursement_allocation_id";
-- reverse: create "disbursements" table
DROP TABLE "disbursements";
-- reverse: create index "budgetlink_evaluation_id" to table: "budget_links"
DROP INDEX "budgetlink_evaluation_id";
-- reverse: create index "budgetlink_department_id_fiscal_year" to table: "budget_links"
DROP INDEX "budgetlink_department_id_fiscal_year";
-- reverse: create "budget_links" table
DROP TABLE "budget_links";
-- reverse: create index "evaluation_project_id" to table: "evaluations"
DROP INDEX "evaluation_project_id";
-- reverse: create index "evaluation_fiscal_year_kind_status" to table: "evaluations"
DROP INDEX "evaluation_fiscal_year_kind_status";
-- reverse: create index "evaluation_department_id_fiscal_year" to table: "evaluations"
DROP INDEX "evaluation_department_id_fiscal_year";
-- reverse: create index "evaluation_agency_id" to table: "evaluations"
DROP INDEX "evaluation_agency_id";
-- reverse: create "evaluations" table
DROP TABLE "evaluations";
-- reverse: create index "ruleset_region_fiscal_year_version" to table: "rule_sets"
DROP INDEX "ruleset_region_fiscal_year_version";
-- reverse: create "rule_sets" table
DROP TABLE "rule_sets";
-- reverse: create "assessment_experts" table
DROP TABLE "assessment_experts";
-- reverse: create "experts" table
DROP TABLE "experts";
-- reverse: create index "assessment_project_id_assessed_at" to table: "assessments"
DROP INDEX "assessment_project_id_assessed_at";
-- reverse: create index "assessment_department_id" to table: "assessments"
DROP INDEX "assessment_department_id";
-- reverse: create "assessments" table
DROP TABLE "assessments";
-- reverse: create index "apitoken_user_id" to table: "api_tokens"
DROP INDEX "apitoken_user_id";
-- reverse: create index "api_tokens_token_hash_key" to table: "api_tokens"
DROP INDEX "api_tokens_token_hash_key";
-- reverse: create "api_tokens" table
DROP TABLE "api_tokens";
-- reverse: create index "users_username_key" to table: "users"
DROP INDEX "users_username_key";
-- reverse: create index "user_department_id" to table: "users"
DROP INDEX "user_department_id";
-- reverse: create index "user_agency_id" to table: "users"
DROP INDEX "user_agency_id";
-- reverse: create "users" table
DROP TABLE "users";
-- reverse: create index "agencies_code_key" to table: "agencies"
DROP INDEX "agencies_code_key";
-- reverse: create "agencies" table
DROP TABLE "agencies";
-- reverse: create index "allocation_project_id_fiscal_year" to table: "allocations"
DROP INDEX "allocation_project_id_fiscal_year";
-- reverse: create index "allocation_fund_id" to table: "allocations"
DROP INDEX "allocation_fund_id";
-- reverse: create index "allocation_department_id_fiscal_year" to table: "allocations"
DROP INDEX "allocation_department_id_fiscal_year";
-- reverse: create "allocations" table
DROP TABLE "allocations";
-- reverse: create index "projects_code_key" to table: "projects"
DROP INDEX "projects_code_key";
-- reverse: create index "project_status" to table: "projects"
DROP INDEX "project_status";
-- reverse: create index "project_fiscal_year_sector" to table: "projects"
DROP INDEX "project_fiscal_year_sector";
-- reverse: create index "project_department_id_fiscal_year" to table: "projects"
DROP INDEX "project_department_id_fiscal_year";
-- reverse: create "projects" table
DROP TABLE "projects";
-- reverse: create index "fund_fiscal_year_source" to table: "funds"
DROP INDEX "fund_fiscal_year_source";
-- reverse: create "funds" table
DROP TABLE "funds";
-- reverse: create index "evaluationsummary_fiscal_year" to table: "evaluation_summaries"
DROP INDEX "evaluationsummary_fiscal_year";
-- reverse: create index "evaluationsummary_department_i_398c37aa44b1a4e058438e5a2128e919" to table: "evaluation_summaries"
DROP INDEX "evaluationsummary_department_i_398c37aa44b1a4e058438e5a2128e919";
-- reverse: create "evaluation_summaries" table
DROP TABLE "evaluation_summaries";
-- reverse: create index "departmentyearsummary_fiscal_year" to table: "department_year_summaries"
DROP INDEX "departmentyearsummary_fiscal_year";
-- reverse: create index "departmentyearsummary_department_id_fiscal_year" to table: "department_year_summaries"
DROP INDEX "departmentyearsummary_department_id_fiscal_year";
-- reverse: create "department_year_summaries" table
DROP TABLE "department_year_summaries";
-- reverse: create index "departmentclosure_department_id" to table: "department_closures"
DROP INDEX "departmentclosure_department_id";
-- reverse: create index "departmentclosure_ancestor_id_department_id" to table: "department_closures"
DROP INDEX "departmentclosure_ancestor_id_department_id";
-- reverse: create "department_closures" table
DROP TABLE "department_closures";
-- reverse: create index "departments_code_key" to table: "departments"
DROP INDEX "departments_code_key";
-- reverse: create index "department_sector" to table: "departments"
DROP INDEX "department_sector";
-- reverse: create index "department_region" to table: "departments"
DROP INDEX "department_region";
-- reverse: create index "department_parent_id" to table: "departments"
DROP INDEX "department_parent_id";
-- reverse: create "departments" table
DROP TABLE "departments";
-- reverse: create index "executionsummary_fiscal_year" to table: "execution_summaries"
DROP INDEX "executionsummary_fiscal_year";
-- reverse: create index "executionsummary_department_id_dfa2008c7220198518c2337b95c6e234" to table: "execution_summaries"
DROP INDEX "executionsummary_department_id_dfa2008c7220198518c2337b95c6e234";
-- reverse: create "execution_summaries" table
DROP TABLE "execution_summaries";
-- reverse: create index "auditentry_entity_type_entity_id" to table: "audit_entries"
DROP INDEX "auditentry_entity_type_entity_id";
-- reverse: create index "auditentry_created_at" to table: "audit_entries"
DROP INDEX "auditentry_created_at";
-- reverse: create index "auditentry_actor_id" to table: "audit_entries"
DROP INDEX "auditentry_actor_id";
-- reverse: create "audit_entries" table
DROP TABLE "audit_entries";
-- reverse: create index "performancesummary_fiscal_year" to table: "performance_summaries"
DROP INDEX "performancesummary_fiscal_year";
-- reverse: create index "performancesummary_department_id_fiscal_year_category_sector" to table: "performance_summaries"
DROP INDEX "performancesummary_department_id_fiscal_year_category_sector";
-- reverse: create "performance_summaries" table
DROP TABLE "performance_summaries";
-- reverse: create index "summaryrefresh_department_id_fiscal_year" to table: "summary_refreshes"
DROP INDEX "summaryrefresh_department_id_fiscal_year";
-- reverse: create "summary_refreshes" table
DROP TABLE "summary_refreshes";
-- reverse: create index "rectificationsummary_fiscal_year" to table: "rectification_summaries"
DROP INDEX "rectificationsummary_fiscal_year";
-- reverse: create index "rectificationsummary_department_id_fiscal_year_deadline" to table: "rectification_summaries"
DROP INDEX "rectificationsummary_department_id_fiscal_year_deadline";
-- reverse: create "rectification_summaries" table
DROP TABLE "rectification_summaries";
-- reverse: create index "projectyearsummary_project_id_fiscal_year" to table: "project_year_summaries"
DROP INDEX "projectyearsummary_project_id_fiscal_year";
-- reverse: create index "projectyearsummary_fiscal_year_sector" to table: "project_year_summaries"
DROP INDEX "projectyearsummary_fiscal_year_sector";
-- reverse: create index "projectyearsummary_department_id_fiscal_year" to table: "project_year_summaries"
DROP INDEX "projectyearsummary_department_id_fiscal_year";
-- reverse: create "project_year_summaries" table
DROP TABLE "project_year_summaries";
