package demo

import (
	"jixiao/ent/department"
	"jixiao/internal/domain/enums"
)

// deptSpec is a budget department (一级预算单位) as it exists in a city (市本级)
// and, when county is set, in every county (县区).
type deptSpec struct {
	seq     int    // the department's part of the unit code (101…)
	city    string // name at city level, after "市": 教育局 → 市教育局
	county  string // name at county level, after the county: 教育局; "" = city only
	sector  enums.Sector
	profile string
	kind    department.Kind
	head    [2]int // headcount range
	subs    []subSpec
	// demo: how many of its city-level subordinate units the Demo size keeps;
	// demoCounty: kept in every county by the Demo size too.
	demo       int
	demoCounty bool
	// weight: how many projects it runs compared with others.
	weight float64
}

// subSpec is a subordinate unit (所属单位).
type subSpec struct {
	name    string // after the prefix: 第一中学 → 市第一中学 / 神木市第一中学
	profile string
	head    [2]int
	where   int // 0: city and counties; 1: city only; 2: counties only
	kind    department.Kind
}

const (
	admin = department.KindAdministrative
	inst  = department.KindInstitution
	other = department.KindOther
)

var deptSpecs = []deptSpec{
	{seq: 101, city: "教育局", county: "教育局", sector: enums.SectorEducation, profile: "edu", kind: admin, head: [2]int{55, 85}, demo: 2, demoCounty: true, weight: 3,
		subs: []subSpec{
			{name: "第一中学", profile: "school", head: [2]int{160, 260}},
			{name: "实验小学", profile: "school", head: [2]int{90, 150}},
			{name: "第二中学", profile: "school", head: [2]int{140, 220}, where: 1},
			{name: "职业技术教育中心", profile: "vocational", head: [2]int{80, 160}},
			{name: "第三中学", profile: "school", head: [2]int{100, 180}, where: 1},
			{name: "第一小学", profile: "school", head: [2]int{70, 120}, where: 2},
			{name: "教育考试中心", profile: "school", head: [2]int{12, 25}, where: 1},
		}},
	{seq: 102, city: "卫生健康委员会", county: "卫生健康局", sector: enums.SectorHealth, profile: "health", kind: admin, head: [2]int{45, 70}, demo: 2, weight: 3,
		subs: []subSpec{
			{name: "第一医院", profile: "hospital", head: [2]int{900, 1400}, where: 1},
			{name: "人民医院", profile: "hospital", head: [2]int{300, 650}, where: 2},
			{name: "中医医院", profile: "hospital", head: [2]int{200, 500}},
			{name: "疾病预防控制中心", profile: "cdc", head: [2]int{60, 120}},
			{name: "妇幼保健院", profile: "hospital", head: [2]int{120, 260}, where: 1},
			{name: "第二医院", profile: "hospital", head: [2]int{500, 800}, where: 1},
		}},
	{seq: 103, city: "农业农村局", county: "农业农村局", sector: enums.SectorAgriculture, profile: "agri", kind: admin, head: [2]int{50, 90}, weight: 3,
		subs: []subSpec{
			{name: "农业技术推广中心", profile: "agri-unit", head: [2]int{30, 70}},
			{name: "动物疫病预防控制中心", profile: "agri-unit", head: [2]int{20, 50}},
		}},
	{seq: 104, city: "交通运输局", county: "交通运输局", sector: enums.SectorTransport, profile: "transport", kind: admin, head: [2]int{40, 70}, weight: 2.5,
		subs: []subSpec{
			{name: "公路事业发展中心", profile: "transport-unit", head: [2]int{60, 160}},
			{name: "道路运输事业发展中心", profile: "transport-unit", head: [2]int{30, 70}, where: 1},
		}},
	{seq: 105, city: "水利局", county: "水利局", sector: enums.SectorWater, profile: "water", kind: admin, head: [2]int{35, 60}, weight: 2.5,
		subs: []subSpec{
			{name: "水土保持工作站", profile: "water-unit", head: [2]int{20, 45}},
			{name: "水文水资源勘测中心", profile: "water-unit", head: [2]int{20, 40}, where: 1},
		}},
	{seq: 106, city: "生态环境局", county: "生态环境分局", sector: enums.SectorEcology, profile: "eco", kind: admin, head: [2]int{40, 70}, weight: 2,
		subs: []subSpec{{name: "生态环境监测站", profile: "eco", head: [2]int{25, 50}, where: 1}}},
	{seq: 107, city: "林业局", county: "林业局", sector: enums.SectorEcology, profile: "forest", kind: admin, head: [2]int{35, 60}, weight: 2,
		subs: []subSpec{{name: "治沙工作站", profile: "forest-unit", head: [2]int{20, 40}}}},
	{seq: 108, city: "文化和旅游局", county: "文化和旅游局", sector: enums.SectorCultureTourism, profile: "culture", kind: admin, head: [2]int{30, 55}, weight: 2,
		subs: []subSpec{
			{name: "图书馆", profile: "culture-unit", head: [2]int{25, 60}},
			{name: "博物馆", profile: "culture-unit", head: [2]int{20, 50}, where: 1},
			{name: "文化馆", profile: "culture-unit", head: [2]int{15, 40}},
		}},
	{seq: 109, city: "体育局", sector: enums.SectorCultureTourism, profile: "sport", kind: admin, head: [2]int{20, 35}, weight: 1,
		subs: []subSpec{{name: "体育运动学校", profile: "sport", head: [2]int{30, 60}}}},
	{seq: 110, city: "科学技术局", county: "科学技术局", sector: enums.SectorScience, profile: "science", kind: admin, head: [2]int{20, 40}, weight: 1.5,
		subs: []subSpec{{name: "科技创新服务中心", profile: "science", head: [2]int{12, 30}, where: 1}}},
	{seq: 111, city: "人力资源和社会保障局", county: "人力资源和社会保障局", sector: enums.SectorSocialSecurity, profile: "hr", kind: admin, head: [2]int{45, 80}, weight: 2,
		subs: []subSpec{
			{name: "公共就业服务中心", profile: "hr-unit", head: [2]int{25, 60}},
			{name: "社会保险经办中心", profile: "hr-unit", head: [2]int{40, 90}, where: 1},
		}},
	{seq: 112, city: "民政局", county: "民政局", sector: enums.SectorSocialSecurity, profile: "civil", kind: admin, head: [2]int{30, 55}, weight: 2,
		subs: []subSpec{
			{name: "社会福利院", profile: "civil-unit", head: [2]int{30, 70}},
			{name: "救助管理站", profile: "civil-unit", head: [2]int{10, 25}, where: 1},
		}},
	{seq: 113, city: "退役军人事务局", county: "退役军人事务局", sector: enums.SectorSocialSecurity, profile: "veteran", kind: admin, head: [2]int{15, 30}, weight: 1,
		subs: []subSpec{{name: "退役军人服务中心", profile: "veteran", head: [2]int{8, 20}, where: 1}}},
	{seq: 114, city: "医疗保障局", county: "医疗保障局", sector: enums.SectorHealth, profile: "medins", kind: admin, head: [2]int{20, 40}, weight: 1,
		subs: []subSpec{{name: "医疗保障经办中心", profile: "medins", head: [2]int{20, 50}}}},
	{seq: 115, city: "住房和城乡建设局", county: "住房和城乡建设局", sector: enums.SectorHousing, profile: "housing", kind: admin, head: [2]int{45, 80}, weight: 2.5,
		subs: []subSpec{{name: "住房保障服务中心", profile: "housing", head: [2]int{15, 40}}}},
	{seq: 116, city: "城市管理局", county: "城市管理局", sector: enums.SectorHousing, profile: "urban", kind: admin, head: [2]int{50, 120}, weight: 1.5,
		subs: []subSpec{{name: "环境卫生服务中心", profile: "urban", head: [2]int{40, 120}, where: 1}}},
	{seq: 117, city: "自然资源和规划局", county: "自然资源局", sector: enums.SectorOther, profile: "land", kind: admin, head: [2]int{50, 90}, weight: 1.5,
		subs: []subSpec{{name: "不动产登记中心", profile: "land", head: [2]int{20, 50}}}},
	{seq: 118, city: "公安局", county: "公安局", sector: enums.SectorPublicSecurity, profile: "police", kind: admin, head: [2]int{400, 900}, weight: 2,
		subs: []subSpec{{name: "公安局交通警察支队", profile: "police", head: [2]int{120, 260}, where: 1, kind: admin}}},
	{seq: 119, city: "司法局", county: "司法局", sector: enums.SectorPublicSecurity, profile: "justice", kind: admin, head: [2]int{25, 45}, weight: 1,
		subs: []subSpec{{name: "公证处", profile: "justice", head: [2]int{8, 20}, where: 1}}},
	{seq: 120, city: "应急管理局", county: "应急管理局", sector: enums.SectorPublicSecurity, profile: "emergency", kind: admin, head: [2]int{35, 60}, weight: 1.5,
		subs: []subSpec{{name: "应急救援保障中心", profile: "emergency", head: [2]int{15, 35}}}},
	{seq: 121, city: "财政局", county: "财政局", sector: enums.SectorGeneralPublicService, profile: "finance", kind: admin, head: [2]int{70, 110}, demo: 1, weight: 1.5,
		subs: []subSpec{
			{name: "财政绩效评价中心", profile: "finance-unit", head: [2]int{12, 25}, where: 1},
			{name: "国库集中支付中心", profile: "finance-unit", head: [2]int{15, 30}},
		}},
	{seq: 122, city: "发展和改革委员会", county: "发展和改革局", sector: enums.SectorGeneralPublicService, profile: "drc", kind: admin, head: [2]int{45, 75}, weight: 1},
	{seq: 123, city: "统计局", county: "统计局", sector: enums.SectorGeneralPublicService, profile: "stats", kind: admin, head: [2]int{20, 40}, weight: 0.8},
	{seq: 124, city: "审计局", county: "审计局", sector: enums.SectorGeneralPublicService, profile: "audit", kind: admin, head: [2]int{30, 50}, weight: 0.8},
	{seq: 125, city: "市场监督管理局", county: "市场监督管理局", sector: enums.SectorGeneralPublicService, profile: "market", kind: admin, head: [2]int{80, 150}, weight: 1.2,
		subs: []subSpec{{name: "检验检测中心", profile: "market", head: [2]int{30, 60}, where: 1}}},
	{seq: 126, city: "工业和信息化局", county: "工业和信息化局", sector: enums.SectorOther, profile: "industry", kind: admin, head: [2]int{30, 55}, weight: 1},
	{seq: 127, city: "能源局", sector: enums.SectorOther, profile: "energy", kind: admin, head: [2]int{20, 40}, weight: 1},
	{seq: 128, city: "商务局", county: "商务局", sector: enums.SectorOther, profile: "commerce", kind: admin, head: [2]int{20, 40}, weight: 0.8},
	{seq: 129, city: "残疾人联合会", county: "残疾人联合会", sector: enums.SectorSocialSecurity, profile: "disabled", kind: other, head: [2]int{12, 25}, weight: 0.8,
		subs: []subSpec{{name: "残疾人康复中心", profile: "disabled", head: [2]int{15, 40}, where: 1, kind: inst}}},
	{seq: 130, city: "行政审批服务局", county: "行政审批服务局", sector: enums.SectorGeneralPublicService, profile: "gov", kind: admin, head: [2]int{40, 80}, weight: 1,
		subs: []subSpec{{name: "12345政务服务便民热线中心", profile: "gov", head: [2]int{20, 50}, where: 1}}},
}

// Subordinate-unit profiles fall back to the department's when they have no
// projects of their own.
func profileKinds(p string) []kind {
	if k, ok := profiles[p]; ok && len(k) > 0 {
		return k
	}
	panic("demo: unknown project profile " + p)
}

// People's names for users and experts.
var (
	surnames = []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
		"郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余",
		"杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石",
		"贺", "白", "雷", "呼", "拓", "艾", "折", "惠", "乔", "霍"}
	givenNames = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
		"建华", "建国", "晓东", "海燕", "志强", "红梅", "丽娟", "鹏", "斌", "宇", "浩", "凯", "晶", "婷", "雪", "琳", "倩", "玉兰", "文博", "子涵",
		"建军", "国庆", "卫东", "小红", "亚楠", "春生", "延平", "榆生", "志刚", "彩霞", "秀兰", "瑞", "旭", "博", "慧", "佳", "欣怡", "思远", "俊杰", "振华"}
)

// Agencies (第三方机构): fictional firms, named the way such firms are named.
var agencySpecs = []struct{ name, contact string }{
	{"陕西正衡绩效评价咨询有限公司", "高文博"},
	{"榆林信达会计师事务所有限责任公司", "呼延平"},
	{"陕西中和资产评估与绩效管理有限公司", "李建军"},
	{"西安华信工程咨询有限公司", "张海燕"},
	{"陕西明德财经研究院", "王志刚"},
	{"榆林恒正税务师事务所有限公司", "拓春生"},
	{"陕西开元项目管理咨询有限公司", "刘晓东"},
	{"西安立信会计师事务所（特殊普通合伙）陕西分所", "陈思远"},
	{"陕西长安预算绩效研究中心", "赵丽娟"},
	{"延安宏远工程造价咨询有限公司", "贺振华"},
	{"陕西秦川审计咨询有限公司", "马俊杰"},
	{"宝鸡诚信绩效评估有限公司", "郑红梅"},
}

// Expert specialties and titles.
var (
	expertSpecialties = []string{"财务管理", "预算绩效管理", "教育管理", "公共卫生", "农业经济", "交通工程", "水利水电工程", "环境工程",
		"林业与生态", "文化遗产保护", "社会保障", "工程造价", "信息化建设", "公共管理", "审计", "能源化工"}
	expertTitles = []string{"高级会计师", "正高级会计师", "教授", "副教授", "高级工程师", "正高级工程师", "研究员", "副研究员", "注册会计师", "高级经济师"}
)
