-- (:id and :year come from pgbench -D or psql -v)
-- drill-down as ONE statement returning the nested JSON Jixiao/PostGraphile return:
-- department -> projects(fiscal_year 2025, first 50 by id) -> targets(status <> SUPERSEDED, first 5) -> indicators(first 20)
SELECT json_build_object('id', d.id, 'code', d.code, 'name', d.name,
  'projects', json_build_object(
    'totalCount', (SELECT count(*) FROM projects WHERE department_id = d.id AND fiscal_year = :year),
    'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
          'id', p.id, 'code', p.code, 'name', p.name, 'status', p.status, 'category', p.category, 'keyProject', p.key_project,
          'targets', json_build_object('edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
                'id', t.id, 'status', t.status, 'version', t.version,
                'indicators', json_build_object('edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
                      'id', i.id, 'name', i.name, 'category', i.category, 'subcategory', i.subcategory, 'comparator', i.comparator,
                      'targetValue', i.target_value, 'actualValue', i.actual_value, 'unit', i.unit, 'weight', i.weight)) ORDER BY i.id), '[]')
                    FROM (SELECT * FROM indicators WHERE target_id = t.id ORDER BY id LIMIT 20) i))
              )) ORDER BY t.id), '[]')
            FROM (SELECT * FROM targets WHERE project_id = p.id AND status <> 'SUPERSEDED' ORDER BY id LIMIT 5) t))
        )) ORDER BY p.id), '[]')
      FROM (SELECT * FROM projects WHERE department_id = d.id AND fiscal_year = :year ORDER BY id LIMIT 50) p)))
FROM departments d WHERE d.id = :id;
