// Package describe gives every type, field and enum value of the generated
// GraphQL schema a description in Chinese and English. entgql writes English
// boilerplate (or nothing) for the types it derives; the entities' own
// descriptions come from the ent schema's Comment annotations.
package describe

import (
	"fmt"
	"strings"
	"unicode"

	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/internal/domain/enums"
)

// labelled are the shared enums whose values carry their own labels.
var labelled = map[string]map[string]enums.Label{
	"Comparator":          enums.Comparator("").Labels(),
	"QualitativeLevel":    enums.QualitativeLevel("").Labels(),
	"Grade":               enums.Grade("").Labels(),
	"IndicatorCategory":   enums.IndicatorCategory("").Labels(),
	"Subcategory":         enums.Subcategory("").Labels(),
	"Sector":              enums.Sector("").Labels(),
	"WarningLevel":        enums.WarningLevel("").Labels(),
	"Role":                enums.Role("").Labels(),
	"TargetAction":        enums.TargetAction("").Labels(),
	"EvaluationAction":    enums.EvaluationAction("").Labels(),
	"RectificationAction": enums.RectificationAction("").Labels(),
	"CreateAction":        enums.CreateAction("").Labels(),
}

// actionEnums are shared enums no entity stores (the actions a viewer may
// take, Target.viewerActions …): the schema declares them here, from the same
// table as the others, so that their labels too come from package enums.
var actionEnums = []struct {
	name, doc string
	values    []string
}{
	{"TargetAction", "绩效目标操作 / an action on a target", enums.TargetAction("").Values()},
	{"EvaluationAction", "绩效评价操作 / an action on an evaluation", enums.EvaluationAction("").Values()},
	{"RectificationAction", "整改操作 / an action on a rectification", enums.RectificationAction("").Values()},
	{"CreateAction", "新建操作：当前用户可以新建的记录 / a kind of record the viewer may create", enums.CreateAction("").Values()},
}

// declareActionEnums adds the action enums to the schema, bound to their Go types.
func declareActionEnums(s *ast.Schema) {
	for _, e := range actionEnums {
		def := &ast.Definition{Kind: ast.Enum, Name: e.name, Description: e.doc, Directives: ast.DirectiveList{{
			Name: "goModel", Arguments: ast.ArgumentList{{Name: "model",
				Value: &ast.Value{Kind: ast.StringValue, Raw: "jixiao/internal/domain/enums." + e.name}}},
		}}}
		for _, v := range e.values {
			def.EnumValues = append(def.EnumValues, &ast.EnumValueDefinition{Name: v})
		}
		s.Types[e.name] = def
	}
}

// ParentCategoryPrefix starts the line of a Subcategory value's description
// that names its level-1 category.
const ParentCategoryPrefix = "所属一级指标 / level-1 category: "

// Schema is an entgql schema hook.
func Schema(g *gen.Graph, s *ast.Schema) error {
	declareActionEnums(s)
	comments := map[string]string{}
	orderFields := map[string]map[string]string{} // XOrderField → value → the field's Chinese name
	for _, n := range g.Nodes {
		if c, ok := n.Annotations["Comment"].(map[string]any); ok {
			comments[n.Name], _ = c["Text"].(string)
		}
		names := map[string]string{"CREATED_AT": "创建时间", "UPDATED_AT": "更新时间"}
		for _, f := range n.Fields {
			if a, ok := f.Annotations["EntGQL"].(map[string]any); ok {
				if order, _ := a["OrderField"].(string); order != "" && f.Comment() != "" {
					zh, _, _ := strings.Cut(f.Comment(), " / ")
					zh, _, _ = strings.Cut(zh, "：")
					names[order] = zh
				}
			}
		}
		orderFields[n.Name+"OrderField"] = names
	}
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		if c := comments[name]; c != "" {
			def.Description = c
		}
		def.Description = bilingual(def.Description, typePhrase(name, def))
		for _, f := range def.Fields {
			f.Description = bilingual(f.Description, fieldPhrase(f.Name))
			for _, a := range f.Arguments {
				a.Description = bilingual(a.Description, fieldPhrase(a.Name))
			}
		}
		for _, v := range def.EnumValues {
			if l, ok := labelled[name][v.Name]; ok {
				v.Description = l.ZH + " / " + l.EN
				if name == "Subcategory" {
					// The indicator framework's tree, read by the SPA's generated
					// subcategoriesOf (frontend/scripts/enum-labels.mjs).
					v.Description += "\n\n" + ParentCategoryPrefix + string(enums.Subcategory(v.Name).Category())
				}
			} else if l, ok := enums.SchemaLabels[name][v.Name]; ok {
				v.Description = l.ZH + " / " + l.EN
			} else if f, ok := orderFields[name][v.Name]; ok {
				v.Description = "按" + f + "排序 / order by " + strings.ToLower(strings.ReplaceAll(v.Name, "_", " "))
			} else {
				v.Description = bilingual(v.Description, "取值 "+v.Name+" / value "+v.Name)
			}
		}
	}
	return nil
}

// bilingual keeps a description that already has Chinese, and otherwise puts
// the Chinese phrase in front of the English one.
func bilingual(desc, phrase string) string {
	if hasHan(desc) {
		return desc
	}
	if desc == "" {
		return phrase
	}
	zh, _, _ := strings.Cut(phrase, " / ")
	return zh + " / " + desc
}

func hasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

func typePhrase(name string, def *ast.Definition) string {
	for _, p := range []struct{ suffix, zh, en string }{
		{"WhereInput", "%s 的筛选条件", "filter for %s"},
		{"OrderField", "%s 的排序字段", "fields %s can be ordered by"},
		{"Order", "%s 的排序方式", "ordering of %s"},
		{"Connection", "%s 的分页列表（Relay 连接）", "a page of %s (Relay connection)"},
		{"Edge", "%s 分页列表中的一项", "an item of a page of %s"},
	} {
		if t, ok := strings.CutSuffix(name, p.suffix); ok {
			return fmt.Sprintf(p.zh+" / "+p.en, t, t)
		}
	}
	if t, ok := strings.CutPrefix(name, "Create"); ok && def.Kind == ast.InputObject {
		t = strings.TrimSuffix(t, "Input")
		return fmt.Sprintf("新建%s的输入 / input to create a %s", t, t)
	}
	if t, ok := strings.CutPrefix(name, "Update"); ok && def.Kind == ast.InputObject {
		t = strings.TrimSuffix(t, "Input")
		return fmt.Sprintf("修改%s的输入 / input to update a %s", t, t)
	}
	return fmt.Sprintf("%s 类型 / the %s type", name, name)
}

// fieldPhrase names the generated fields that entgql leaves undescribed:
// predicates of where inputs, connection parts, mutation-input edges.
func fieldPhrase(name string) string {
	known := map[string]string{
		"and": "全部满足 / all of", "or": "满足其一 / any of", "not": "取反 / not",
		"edges": "本页各项 / the items of the page", "node": "对象 / the object", "cursor": "游标 / cursor",
		"pageInfo": "分页信息 / pagination information", "totalCount": "总数 / total count",
		"direction": "排序方向 / direction", "field": "排序字段 / field to order by",
		"first": "向后取的条数 / how many after the cursor", "last": "向前取的条数 / how many before the cursor",
		"after": "从该游标之后 / after this cursor", "before": "到该游标之前 / before this cursor",
		"orderBy": "排序 / ordering", "where": "筛选条件 / filter", "id": "对象 ID / object id", "ids": "对象 ID 列表 / object ids",
		"input": "输入 / input",
	}
	if p, ok := known[name]; ok {
		return p
	}
	for _, p := range []struct{ prefix, zh, en string }{
		{"has", "存在关联：", "has edge "}, {"add", "添加关联：", "add "}, {"remove", "移除关联：", "remove "}, {"clear", "清空：", "clear "},
	} {
		if rest, ok := strings.CutPrefix(name, p.prefix); ok && rest != "" && unicode.IsUpper(rune(rest[0])) {
			return p.zh + rest + " / " + p.en + rest
		}
	}
	return "条件或字段 " + name + " / " + name
}
