package demo

import (
	"jixiao/ent/project"
)

// kind is a kind of project a department runs year after year, with the
// indicators its targets declare. Names may contain {river}, {site},
// {specialty} and {town}, filled from the region.
type kind struct {
	name   string
	cat    project.Category
	lo, hi float64 // budget range in yuan
	public bool    // public-service project (needs a satisfaction indicator)
	multi  float64 // chance of a multi-year project (跨年度)
	out    []string
	eff    []string
	sat    string // satisfaction indicator, "" when none
	goal   string // what the project achieves, for the target's overall goal
	pay    []string
}

const (
	special  = project.CategorySpecialBusiness     // 专项业务费
	funds    = project.CategorySpecialFunds        // 专项经费
	build    = project.CategoryCapitalConstruction // 基本建设
	transfer = project.CategoryTransferPayment     // 转移支付
	policy   = project.CategoryPolicy              // 政策
)

var (
	payBuild    = []string{"工程预付款", "工程进度款", "工程进度款", "材料款", "监理费", "工程结算款"}
	payEquip    = []string{"设备采购预付款", "设备购置款", "安装调试费", "设备尾款"}
	payTrain    = []string{"培训费", "师资费", "场地租赁费", "资料印刷费", "差旅费"}
	paySubsidy  = []string{"补助资金拨付", "补助资金拨付", "补贴资金兑付", "资金清算"}
	payService  = []string{"服务费", "劳务费", "专家咨询费", "委托业务费", "印刷费"}
	payIT       = []string{"软件开发费", "系统运维费", "设备购置款", "网络租赁费"}
	payActivity = []string{"活动经费", "宣传费", "劳务费", "印刷费", "租赁费"}
)

// profiles: the kinds of project of each kind of department.
var profiles = map[string][]kind{
	"edu": {
		{name: "义务教育薄弱环节改善与能力提升补助资金", cat: transfer, lo: 2e6, hi: 3e7, public: true, multi: 0.15, out: []string{"JY001", "JY002", "JY006", "GX008", "JY011"}, eff: []string{"JY009", "JY008"}, sat: "JY010", goal: "改善义务教育薄弱学校基本办学条件", pay: payBuild},
		{name: "学前教育发展资金", cat: transfer, lo: 1e6, hi: 1e7, public: true, out: []string{"JY002", "GX004", "GX009"}, eff: []string{"GX015", "JY009"}, sat: "JY010", goal: "扩大普惠性学前教育资源", pay: paySubsidy},
		{name: "城乡义务教育学生营养改善计划", cat: policy, lo: 2e6, hi: 2e7, public: true, out: []string{"JY002", "JY005", "GX009"}, eff: []string{"GA003", "GX015"}, sat: "JY010", goal: "保障农村义务教育学生营养膳食补助足额落实", pay: paySubsidy},
		{name: "普通高中国家助学金", cat: policy, lo: 5e5, hi: 5e6, public: true, out: []string{"JY003", "JY005", "JY007"}, eff: []string{"JY012"}, sat: "JY010", goal: "资助家庭经济困难的普通高中学生顺利完成学业", pay: paySubsidy},
		{name: "中小学教师能力提升培训项目", cat: special, lo: 2e5, hi: 2e6, public: true, out: []string{"JY004", "GX005", "GX008", "GX011"}, eff: []string{"GX016"}, sat: "GX019", goal: "提升中小学教师教育教学能力", pay: payTrain},
		{name: "教育信息化建设项目", cat: funds, lo: 5e5, hi: 8e6, multi: 0.1, out: []string{"GX003", "GX022", "GX008"}, eff: []string{"GX016", "GX017"}, sat: "JY010", goal: "推进教育数字化，提升学校信息化应用水平", pay: payIT},
		{name: "家庭经济困难学生资助资金", cat: policy, lo: 5e5, hi: 6e6, public: true, out: []string{"JY003", "JY007"}, eff: []string{"JY012", "GX014"}, sat: "JY010", goal: "落实学生资助政策，做到应助尽助", pay: paySubsidy},
	},
	"school": {
		{name: "校舍维修改造工程", cat: build, lo: 3e5, hi: 5e6, public: true, out: []string{"JY001", "JY006", "GX010", "JY011"}, eff: []string{"JY009", "GX018"}, sat: "JY010", goal: "消除校舍安全隐患，改善师生教学生活条件", pay: payBuild},
		{name: "教学仪器设备购置", cat: funds, lo: 1e5, hi: 2e6, out: []string{"GX003", "GX006", "GX008"}, eff: []string{"JY009"}, sat: "JY010", goal: "补充更新教学仪器设备", pay: payEquip},
		{name: "智慧校园建设项目", cat: funds, lo: 2e5, hi: 3e6, out: []string{"GX003", "GX022", "GX008"}, eff: []string{"GX016", "GX017"}, sat: "JY010", goal: "建设智慧校园，提升教学管理信息化水平", pay: payIT},
		{name: "学生课后服务经费", cat: special, lo: 5e4, hi: 6e5, public: true, out: []string{"JY002", "GX008"}, eff: []string{"GX015"}, sat: "JY010", goal: "为学生提供优质课后服务", pay: payService},
		{name: "教师培训经费", cat: special, lo: 5e4, hi: 5e5, out: []string{"JY004", "GX005", "GX011"}, eff: []string{"GX016"}, sat: "GX019", goal: "提升教师专业素质", pay: payTrain},
	},
	"vocational": {
		{name: "现代职业教育质量提升计划资金", cat: transfer, lo: 1e6, hi: 1e7, public: true, out: []string{"JY002", "GX003", "GX004"}, eff: []string{"GX021", "GX016"}, sat: "JY010", goal: "提升职业院校办学能力和人才培养质量", pay: payEquip},
		{name: "产教融合实训基地建设项目", cat: build, lo: 2e6, hi: 2e7, multi: 0.4, out: []string{"GX003", "GX004", "GX010"}, eff: []string{"GX021", "GX018"}, sat: "GX019", goal: "建成产教融合实训基地", pay: payBuild},
	},
	"health": {
		{name: "基本公共卫生服务补助资金", cat: transfer, lo: 5e6, hi: 4e7, public: true, out: []string{"WS001", "WS003", "WS004", "GX009"}, eff: []string{"WS006", "GX015"}, sat: "GX019", goal: "向城乡居民免费提供国家基本公共卫生服务", pay: paySubsidy},
		{name: "医疗服务与保障能力提升补助资金", cat: transfer, lo: 2e6, hi: 2e7, public: true, out: []string{"WS008", "GX004", "GX008"}, eff: []string{"WS009", "WS011"}, sat: "WS007", goal: "提升医疗卫生机构服务能力", pay: payEquip},
		{name: "家庭医生签约服务经费", cat: special, lo: 1e6, hi: 8e6, public: true, out: []string{"WS005", "GX009"}, eff: []string{"GX015", "WS011"}, sat: "GX019", goal: "推进家庭医生签约服务", pay: payService},
		{name: "乡村医生补助经费", cat: policy, lo: 1e6, hi: 6e6, public: true, out: []string{"SB004", "SB005"}, eff: []string{"GX016"}, sat: "GX019", goal: "稳定乡村医生队伍，夯实农村医疗卫生服务网底", pay: paySubsidy},
		{name: "计划生育家庭奖励扶助资金", cat: policy, lo: 1e6, hi: 1e7, public: true, out: []string{"SB004", "SB005"}, eff: []string{"SB006"}, sat: "SB007", goal: "落实计划生育家庭奖励扶助政策", pay: paySubsidy},
	},
	"hospital": {
		{name: "医疗设备购置项目", cat: funds, lo: 1e6, hi: 2e7, out: []string{"WS008", "GX006", "GX008"}, eff: []string{"WS011", "GX016"}, sat: "WS007", goal: "更新医疗设备，提升诊疗服务能力", pay: payEquip},
		{name: "门急诊综合楼建设项目", cat: build, lo: 1e7, hi: 8e7, multi: 0.7, out: []string{"GX004", "GX010", "GX013", "CB001"}, eff: []string{"WS009", "GX018"}, sat: "WS007", goal: "建成门急诊综合楼，改善就医环境", pay: payBuild},
		{name: "临床重点专科建设项目", cat: special, lo: 5e5, hi: 5e6, out: []string{"GX003", "GX001", "GX008"}, eff: []string{"WS009", "GX016"}, sat: "WS007", goal: "建设临床重点专科，提升专科诊疗水平", pay: payEquip},
		{name: "智慧医院信息化建设项目", cat: funds, lo: 5e5, hi: 8e6, out: []string{"GX003", "GX022", "GX008"}, eff: []string{"GX016", "GX017"}, sat: "WS007", goal: "推进智慧医院建设", pay: payIT},
	},
	"cdc": {
		{name: "重大传染病防控经费", cat: funds, lo: 5e5, hi: 8e6, public: true, out: []string{"WS010", "WS004", "GX001"}, eff: []string{"GX014"}, sat: "GX019", goal: "做好重大传染病监测和防控", pay: payService},
		{name: "免疫规划专项经费", cat: special, lo: 3e5, hi: 3e6, public: true, out: []string{"WS004", "GX009"}, eff: []string{"GX015"}, sat: "GX019", goal: "维持高水平免疫规划疫苗接种率", pay: payService},
		{name: "卫生应急物资储备", cat: special, lo: 2e5, hi: 3e6, out: []string{"GA004", "GA005"}, eff: []string{"GX016"}, goal: "做好卫生应急物资储备", pay: payEquip},
	},
	"agri": {
		{name: "乡村振兴衔接资金项目", cat: transfer, lo: 5e6, hi: 6e7, public: true, multi: 0.1, out: []string{"NY002", "GX004", "GX009", "GX013"}, eff: []string{"NY003", "GX021", "GX017"}, sat: "NY011", goal: "巩固拓展脱贫攻坚成果，推进乡村全面振兴", pay: paySubsidy},
		{name: "{town}高标准农田建设项目", cat: build, lo: 5e6, hi: 5e7, public: true, multi: 0.3, out: []string{"NY001", "GX004", "GX010"}, eff: []string{"NY008", "GX017"}, sat: "NY011", goal: "建设旱涝保收、高产稳产的高标准农田", pay: payBuild},
		{name: "耕地地力保护补贴", cat: policy, lo: 5e6, hi: 5e7, public: true, out: []string{"NY006", "NY007", "GX009"}, eff: []string{"NY012"}, sat: "NY011", goal: "保护耕地地力，调动农民种粮积极性", pay: paySubsidy},
		{name: "农机购置与应用补贴", cat: policy, lo: 1e6, hi: 1e7, public: true, out: []string{"GX003", "NY007"}, eff: []string{"NY008"}, sat: "NY011", goal: "提升农业机械化水平", pay: paySubsidy},
		{name: "{specialty}产业发展项目", cat: funds, lo: 1e6, hi: 1.5e7, public: true, out: []string{"NY009", "NY004", "GX004"}, eff: []string{"NY010", "GX021"}, sat: "NY011", goal: "做大做强特色农业产业", pay: paySubsidy},
		{name: "动物防疫补助经费", cat: transfer, lo: 5e5, hi: 5e6, out: []string{"NY005", "GX009"}, eff: []string{"GA003"}, sat: "NY011", goal: "做好重大动物疫病强制免疫", pay: paySubsidy},
		{name: "农业技术推广与培训", cat: special, lo: 2e5, hi: 2e6, public: true, out: []string{"NY004", "GX005", "GX011"}, eff: []string{"NY008"}, sat: "NY011", goal: "推广农业实用技术，培育高素质农民", pay: payTrain},
	},
	"agri-unit": {
		{name: "农业技术推广与培训", cat: special, lo: 1e5, hi: 1.5e6, public: true, out: []string{"NY004", "GX005"}, eff: []string{"NY008"}, sat: "NY011", goal: "推广农业实用技术", pay: payTrain},
		{name: "动物疫病监测与防控经费", cat: special, lo: 1e5, hi: 2e6, out: []string{"NY005", "GX009"}, eff: []string{"GA003"}, goal: "做好动物疫病监测与防控", pay: payService},
	},
	"transport": {
		{name: "农村公路养护工程", cat: funds, lo: 1e6, hi: 1.5e7, public: true, out: []string{"JT001", "JT002", "GX008", "JT003"}, eff: []string{"JT007", "GX017"}, sat: "JT008", goal: "保持农村公路良好技术状况", pay: payBuild},
		{name: "{town}至{town2}公路改建工程", cat: build, lo: 2e7, hi: 1.5e8, public: true, multi: 0.6, out: []string{"JT005", "GX004", "GX010", "CB003"}, eff: []string{"JT007", "GX018"}, sat: "JT008", goal: "改善区域交通条件", pay: payBuild},
		{name: "危桥改造工程", cat: build, lo: 2e6, hi: 2e7, public: true, out: []string{"JT004", "GX004", "GX010"}, eff: []string{"JT007"}, sat: "JT008", goal: "消除危桥安全隐患", pay: payBuild},
		{name: "农村客运补贴资金", cat: policy, lo: 5e5, hi: 6e6, public: true, out: []string{"SB005", "GX009"}, eff: []string{"JT006"}, sat: "JT008", goal: "保障农村客运稳定运行", pay: paySubsidy},
	},
	"transport-unit": {
		{name: "公路日常养护经费", cat: special, lo: 3e5, hi: 5e6, public: true, out: []string{"JT001", "JT002", "JT003"}, eff: []string{"JT007"}, sat: "JT008", goal: "做好公路日常养护", pay: payService},
	},
	"water": {
		{name: "农村供水保障工程", cat: build, lo: 2e6, hi: 3e7, public: true, multi: 0.3, out: []string{"SL001", "SL003", "GX010"}, eff: []string{"SL002", "GX017"}, sat: "GX020", goal: "提升农村供水保障水平", pay: payBuild},
		{name: "{river}中小河流治理工程", cat: build, lo: 5e6, hi: 5e7, public: true, multi: 0.5, out: []string{"SL004", "GX004", "GX010", "CB002"}, eff: []string{"SL007", "GX018"}, sat: "GX020", goal: "提高河道防洪能力，改善河道生态", pay: payBuild},
		{name: "病险淤地坝除险加固工程", cat: build, lo: 2e6, hi: 2e7, out: []string{"SL006", "SL005", "GX004", "GX010"}, eff: []string{"SL007", "GX018"}, goal: "消除淤地坝安全隐患", pay: payBuild},
		{name: "水土保持综合治理项目", cat: funds, lo: 1e6, hi: 1.5e7, out: []string{"SL005", "GX004"}, eff: []string{"ST008", "GX017"}, sat: "GX020", goal: "治理水土流失，改善生态环境", pay: payBuild},
	},
	"water-unit": {
		{name: "水土保持监测经费", cat: special, lo: 1e5, hi: 1.5e6, out: []string{"ST007", "GX008"}, eff: []string{"GX016"}, goal: "开展水土保持动态监测", pay: payService},
	},
	"eco": {
		{name: "大气污染防治专项资金", cat: transfer, lo: 2e6, hi: 2e7, out: []string{"ST007", "GX004", "GX009"}, eff: []string{"ST001", "ST002"}, sat: "GX020", goal: "持续改善环境空气质量", pay: payEquip},
		{name: "{river}流域水污染防治项目", cat: funds, lo: 2e6, hi: 2.5e7, out: []string{"GX004", "GX008"}, eff: []string{"ST003", "GX017"}, sat: "GX020", goal: "改善流域水环境质量", pay: payBuild},
		{name: "生态环境监测能力建设", cat: funds, lo: 5e5, hi: 5e6, out: []string{"ST007", "GX006", "GX022"}, eff: []string{"GX016"}, goal: "提升生态环境监测能力", pay: payEquip},
		{name: "农村环境综合整治项目", cat: funds, lo: 1e6, hi: 1e7, public: true, out: []string{"GX004", "GX008", "GX013"}, eff: []string{"ST003", "GX017"}, sat: "GX020", goal: "改善农村人居环境", pay: payBuild},
	},
	"forest": {
		{name: "三北防护林体系建设工程", cat: transfer, lo: 2e6, hi: 3e7, multi: 0.2, out: []string{"ST004", "ST006", "GX010"}, eff: []string{"ST008", "GX017"}, goal: "推进三北防护林体系建设", pay: payBuild},
		{name: "毛乌素沙地防沙治沙综合示范项目", cat: funds, lo: 2e6, hi: 2e7, multi: 0.3, out: []string{"ST005", "ST006"}, eff: []string{"ST008", "GX021"}, goal: "巩固防沙治沙成果", pay: payBuild},
		{name: "森林草原防火经费", cat: special, lo: 3e5, hi: 5e6, out: []string{"GA004", "GX001"}, eff: []string{"ST009"}, goal: "做好森林草原防灭火工作", pay: payEquip},
		{name: "退耕还林补助资金", cat: policy, lo: 1e6, hi: 1e7, public: true, out: []string{"SB004", "SB005"}, eff: []string{"ST008"}, sat: "NY011", goal: "巩固退耕还林成果", pay: paySubsidy},
	},
	"forest-unit": {
		{name: "林木种苗培育经费", cat: special, lo: 1e5, hi: 2e6, out: []string{"ST004", "ST006"}, eff: []string{"ST008"}, goal: "培育优质林木种苗", pay: payService},
	},
	"culture": {
		{name: "公共文化服务体系建设", cat: transfer, lo: 1e6, hi: 1e7, public: true, out: []string{"WL001", "GX002", "GX008"}, eff: []string{"WL005", "GX016"}, sat: "WL008", goal: "完善公共文化服务体系", pay: payActivity},
		{name: "{site}文物保护专项资金", cat: funds, lo: 1e6, hi: 2e7, multi: 0.4, out: []string{"WL003", "GX004", "GX010"}, eff: []string{"WL006", "GX017"}, goal: "加强重点文物保护利用", pay: payBuild},
		{name: "陕北民歌非物质文化遗产保护传承", cat: special, lo: 2e5, hi: 2e6, public: true, out: []string{"GX002", "GX001"}, eff: []string{"WL007"}, sat: "WL008", goal: "保护传承非物质文化遗产", pay: payActivity},
		{name: "文化旅游宣传推介活动经费", cat: special, lo: 3e5, hi: 5e6, out: []string{"GX002", "GX008"}, eff: []string{"WL006", "GX014"}, goal: "提升文化旅游品牌影响力", pay: payActivity},
	},
	"culture-unit": {
		{name: "公共文化场馆免费开放补助资金", cat: transfer, lo: 2e5, hi: 3e6, public: true, out: []string{"WL002", "GX002"}, eff: []string{"WL005"}, sat: "WL008", goal: "保障公共文化场馆免费开放", pay: payActivity},
		{name: "馆藏文物保护修复", cat: special, lo: 1e5, hi: 2e6, out: []string{"WL003", "GX004"}, eff: []string{"WL007"}, goal: "做好馆藏文物保护修复", pay: payService},
	},
	"sport": {
		{name: "全民健身活动经费", cat: special, lo: 2e5, hi: 3e6, public: true, out: []string{"WL004", "GX002"}, eff: []string{"GX016"}, sat: "WL008", goal: "广泛开展全民健身活动", pay: payActivity},
		{name: "公共体育场地设施建设", cat: build, lo: 1e6, hi: 1.5e7, public: true, out: []string{"GX003", "GX004", "GX010"}, eff: []string{"GX016", "GX017"}, sat: "WL008", goal: "完善公共体育设施", pay: payBuild},
	},
	"science": {
		{name: "科技计划项目资金", cat: funds, lo: 1e6, hi: 1.5e7, out: []string{"KJ001", "KJ002", "KJ004"}, eff: []string{"KJ003", "KJ005"}, goal: "支持关键核心技术攻关和科技创新", pay: paySubsidy},
		{name: "能源化工关键技术攻关项目", cat: funds, lo: 2e6, hi: 2e7, multi: 0.4, out: []string{"KJ001", "KJ002"}, eff: []string{"KJ003", "GX021"}, goal: "突破能源化工产业关键技术", pay: paySubsidy},
		{name: "科技特派员服务经费", cat: special, lo: 2e5, hi: 2e6, public: true, out: []string{"GX001", "KJ001"}, eff: []string{"GX021"}, sat: "GX019", goal: "发挥科技特派员服务作用", pay: payService},
	},
	"hr": {
		{name: "就业补助资金", cat: transfer, lo: 3e6, hi: 3e7, public: true, out: []string{"SB001", "SB002", "SB005"}, eff: []string{"SB003", "GX021"}, sat: "SB007", goal: "促进城乡劳动者就业创业", pay: paySubsidy},
		{name: "职业技能提升行动项目", cat: special, lo: 1e6, hi: 1e7, public: true, out: []string{"SB002", "GX005", "GX011"}, eff: []string{"SB003"}, sat: "SB007", goal: "提升劳动者职业技能", pay: payTrain},
		{name: "创业担保贷款贴息资金", cat: policy, lo: 5e5, hi: 5e6, out: []string{"SB004", "SB005"}, eff: []string{"GX021"}, sat: "SB007", goal: "支持重点群体创业", pay: paySubsidy},
		{name: "高校毕业生就业见习补贴", cat: policy, lo: 2e5, hi: 3e6, public: true, out: []string{"SB004", "SB005"}, eff: []string{"SB003"}, sat: "SB007", goal: "促进高校毕业生就业", pay: paySubsidy},
	},
	"hr-unit": {
		{name: "公共就业服务专项经费", cat: special, lo: 1e5, hi: 2e6, public: true, out: []string{"GX002", "SB001"}, eff: []string{"GX015"}, sat: "SB007", goal: "提供优质公共就业服务", pay: payService},
	},
	"civil": {
		{name: "城乡居民最低生活保障资金", cat: policy, lo: 1e7, hi: 8e7, public: true, out: []string{"SB004", "SB005"}, eff: []string{"SB006", "GX015"}, sat: "SB007", goal: "保障城乡低保对象基本生活", pay: paySubsidy},
		{name: "特困人员救助供养资金", cat: policy, lo: 2e6, hi: 2e7, public: true, out: []string{"SB004", "SB005"}, eff: []string{"SB006"}, sat: "SB007", goal: "保障特困人员基本生活", pay: paySubsidy},
		{name: "困难残疾人生活补贴和重度残疾人护理补贴", cat: policy, lo: 1e6, hi: 1e7, public: true, out: []string{"SB004", "SB005"}, eff: []string{"SB006"}, sat: "SB007", goal: "落实残疾人两项补贴", pay: paySubsidy},
		{name: "居家和社区养老服务提升项目", cat: funds, lo: 1e6, hi: 1e7, public: true, out: []string{"SB008", "GX004"}, eff: []string{"GX016", "GX017"}, sat: "SB007", goal: "提升居家和社区养老服务能力", pay: payBuild},
	},
	"civil-unit": {
		{name: "救助对象生活保障经费", cat: special, lo: 1e5, hi: 2e6, public: true, out: []string{"SB004", "SB005"}, eff: []string{"SB006"}, sat: "SB007", goal: "保障救助对象基本生活", pay: paySubsidy},
	},
	"veteran": {
		{name: "优抚对象补助经费", cat: policy, lo: 1e6, hi: 1e7, public: true, out: []string{"SB004", "SB005"}, eff: []string{"SB006"}, sat: "SB007", goal: "落实优抚对象抚恤补助政策", pay: paySubsidy},
		{name: "退役军人就业创业培训", cat: special, lo: 2e5, hi: 2e6, public: true, out: []string{"SB002", "GX005"}, eff: []string{"SB003"}, sat: "SB007", goal: "促进退役军人就业创业", pay: payTrain},
	},
	"medins": {
		{name: "城乡居民医疗救助资金", cat: transfer, lo: 2e6, hi: 2e7, public: true, out: []string{"SB004", "SB005"}, eff: []string{"WS011"}, sat: "SB007", goal: "减轻困难群众医疗费用负担", pay: paySubsidy},
		{name: "医保信息化建设项目", cat: funds, lo: 5e5, hi: 5e6, out: []string{"GX003", "GX022"}, eff: []string{"GX016"}, sat: "YB006", goal: "提升医保经办信息化水平", pay: payIT},
	},
	"housing": {
		{name: "城镇老旧小区改造项目", cat: transfer, lo: 5e6, hi: 5e7, public: true, multi: 0.3, out: []string{"ZF001", "ZF002", "GX004"}, eff: []string{"ZF004", "GX017"}, sat: "ZF005", goal: "改善老旧小区居民居住条件", pay: payBuild},
		{name: "农村危房改造补助资金", cat: transfer, lo: 1e6, hi: 1e7, public: true, out: []string{"ZF003", "GX004", "GX009"}, eff: []string{"ZF004"}, sat: "ZF005", goal: "保障农村低收入群体住房安全", pay: paySubsidy},
		{name: "城市燃气管道老化更新改造", cat: build, lo: 5e6, hi: 4e7, public: true, multi: 0.4, out: []string{"ZF006", "GX004", "GX010"}, eff: []string{"GA003", "GX018"}, sat: "ZF005", goal: "消除城市燃气管道安全隐患", pay: payBuild},
		{name: "保障性租赁住房运营补助", cat: policy, lo: 1e6, hi: 1e7, public: true, out: []string{"ZF002", "SB005"}, eff: []string{"ZF004"}, sat: "ZF005", goal: "解决新市民、青年人住房困难", pay: paySubsidy},
	},
	"urban": {
		{name: "城市环境卫生保洁经费", cat: special, lo: 2e6, hi: 2e7, public: true, out: []string{"GX008", "GX004", "GX013"}, eff: []string{"GX016"}, sat: "GX020", goal: "保持城市环境干净整洁", pay: payService},
		{name: "市政道路维修工程", cat: build, lo: 1e6, hi: 1.5e7, public: true, out: []string{"JT005", "GX004", "GX010", "CB002"}, eff: []string{"JT007"}, sat: "GX020", goal: "改善市政道路通行条件", pay: payBuild},
		{name: "园林绿化养护经费", cat: special, lo: 5e5, hi: 8e6, public: true, out: []string{"GX008", "ST006"}, eff: []string{"ST008"}, sat: "GX020", goal: "提升城市园林绿化水平", pay: payService},
	},
	"land": {
		{name: "国土空间规划编制", cat: special, lo: 5e5, hi: 5e6, out: []string{"GX008", "GX004"}, eff: []string{"GX016"}, goal: "完成国土空间规划编制", pay: payService},
		{name: "地质灾害防治项目", cat: funds, lo: 1e6, hi: 1e7, public: true, out: []string{"GX004", "GX010"}, eff: []string{"GA003", "GX017"}, sat: "GX020", goal: "消除地质灾害隐患", pay: payBuild},
		{name: "矿山地质环境恢复治理项目", cat: funds, lo: 2e6, hi: 2e7, multi: 0.3, out: []string{"SL005", "GX004"}, eff: []string{"ST008", "GX017"}, goal: "恢复治理矿山地质环境", pay: payBuild},
	},
	"police": {
		{name: "公共安全视频监控建设（雪亮工程）", cat: funds, lo: 1e6, hi: 2e7, public: true, multi: 0.3, out: []string{"GA001", "GX022", "GX008"}, eff: []string{"GA002"}, sat: "GA006", goal: "推进公共安全视频监控建设联网应用", pay: payIT},
		{name: "禁毒专项经费", cat: special, lo: 2e5, hi: 3e6, public: true, out: []string{"GX002", "GX001"}, eff: []string{"GX014"}, sat: "GA006", goal: "深入开展禁毒人民战争", pay: payActivity},
		{name: "道路交通安全设施建设", cat: build, lo: 5e5, hi: 8e6, public: true, out: []string{"GX003", "GX004"}, eff: []string{"GA003"}, sat: "GA006", goal: "完善道路交通安全设施", pay: payBuild},
		{name: "执法执勤装备购置", cat: funds, lo: 3e5, hi: 5e6, out: []string{"GX003", "GX006"}, eff: []string{"GX016"}, goal: "提升执法执勤装备保障水平", pay: payEquip},
	},
	"justice": {
		{name: "公共法律服务体系建设", cat: special, lo: 2e5, hi: 3e6, public: true, out: []string{"GX001", "GX002"}, eff: []string{"GX014"}, sat: "GX019", goal: "完善公共法律服务体系", pay: payService},
		{name: "人民调解工作经费", cat: special, lo: 1e5, hi: 1.5e6, public: true, out: []string{"GX008", "GX001"}, eff: []string{"GX016"}, sat: "GX019", goal: "化解矛盾纠纷", pay: payService},
	},
	"emergency": {
		{name: "应急物资储备项目", cat: special, lo: 5e5, hi: 8e6, out: []string{"GA004", "GA005"}, eff: []string{"GX016"}, goal: "提升应急物资保障能力", pay: payEquip},
		{name: "煤矿安全生产专项整治", cat: special, lo: 5e5, hi: 5e6, out: []string{"GA007", "GX008"}, eff: []string{"GA003"}, goal: "防范化解煤矿重大安全风险", pay: payService},
		{name: "安全生产监管执法经费", cat: special, lo: 2e5, hi: 3e6, out: []string{"GA007", "GX001"}, eff: []string{"GA003"}, goal: "加强安全生产监管执法", pay: payService},
	},
	"finance": {
		{name: "预算绩效管理第三方服务经费", cat: special, lo: 3e5, hi: 3e6, out: []string{"YB003", "GX008"}, eff: []string{"YB004"}, goal: "开展重点绩效评价，提高财政资金使用效益", pay: payService},
		{name: "预算管理一体化系统运维", cat: funds, lo: 5e5, hi: 5e6, out: []string{"GX022", "GX008"}, eff: []string{"GX016"}, sat: "YB006", goal: "保障预算管理一体化系统稳定运行", pay: payIT},
		{name: "财政票据电子化改革", cat: special, lo: 2e5, hi: 2e6, out: []string{"GX022", "GX001"}, eff: []string{"GX016"}, goal: "推进财政电子票据全覆盖", pay: payIT},
	},
	"finance-unit": {
		{name: "财政支出绩效评价业务经费", cat: special, lo: 1e5, hi: 1.5e6, out: []string{"YB003", "GX008"}, eff: []string{"YB004"}, goal: "完成年度财政支出绩效评价任务", pay: payService},
		{name: "国库集中支付业务经费", cat: special, lo: 1e5, hi: 1e6, out: []string{"GX009", "GX022"}, eff: []string{"GX016"}, goal: "保障国库集中支付业务运行", pay: payService},
	},
	"drc": {
		{name: "重点项目前期工作经费", cat: special, lo: 5e5, hi: 5e6, out: []string{"GX008", "GX004"}, eff: []string{"GX016"}, goal: "加快重点项目前期工作", pay: payService},
		{name: "价格监测与成本调查经费", cat: special, lo: 1e5, hi: 1e6, out: []string{"YB005", "GX008"}, eff: []string{"GX016"}, goal: "做好价格监测和成本调查", pay: payService},
	},
	"stats": {
		{name: "第五次全国经济普查经费", cat: special, lo: 5e5, hi: 6e6, out: []string{"YB005", "GX008", "GX001"}, eff: []string{"GX016"}, goal: "高质量完成经济普查", pay: payService},
		{name: "统计调查业务经费", cat: special, lo: 1e5, hi: 1.5e6, out: []string{"YB005", "GX008"}, eff: []string{"GX016"}, goal: "完成各项统计调查任务", pay: payService},
	},
	"audit": {
		{name: "审计业务经费", cat: special, lo: 2e5, hi: 2e6, out: []string{"YB007", "GX008"}, eff: []string{"YB004"}, goal: "完成年度审计项目计划", pay: payService},
		{name: "审计信息化建设", cat: funds, lo: 3e5, hi: 3e6, out: []string{"GX003", "GX022"}, eff: []string{"GX016"}, goal: "推进大数据审计", pay: payIT},
	},
	"market": {
		{name: "食品安全监督抽检经费", cat: special, lo: 3e5, hi: 4e6, public: true, out: []string{"YB008", "GX008"}, eff: []string{"GA003"}, sat: "GX019", goal: "保障群众“舌尖上的安全”", pay: payService},
		{name: "特种设备安全监察经费", cat: special, lo: 1e5, hi: 1.5e6, out: []string{"GA007", "GX008"}, eff: []string{"GA003"}, goal: "防范特种设备安全事故", pay: payService},
	},
	"industry": {
		{name: "中小企业发展专项资金", cat: funds, lo: 1e6, hi: 1.5e7, out: []string{"SB004", "GX009"}, eff: []string{"GX021", "NY010"}, goal: "支持中小企业专精特新发展", pay: paySubsidy},
		{name: "工业转型升级专项资金", cat: funds, lo: 2e6, hi: 2e7, out: []string{"KJ001", "GX009"}, eff: []string{"GX021"}, goal: "推动工业转型升级", pay: paySubsidy},
	},
	"energy": {
		{name: "煤矿智能化建设奖补资金", cat: funds, lo: 2e6, hi: 2e7, out: []string{"KJ001", "GX009"}, eff: []string{"GA003", "GX021"}, goal: "推进煤矿智能化建设", pay: paySubsidy},
		{name: "新能源示范项目前期经费", cat: special, lo: 3e5, hi: 3e6, out: []string{"GX008", "GX004"}, eff: []string{"ST002"}, goal: "推动新能源产业发展", pay: payService},
	},
	"commerce": {
		{name: "消费促进活动经费", cat: special, lo: 3e5, hi: 5e6, out: []string{"GX002", "GX008"}, eff: []string{"WL006"}, goal: "促进消费回暖", pay: payActivity},
		{name: "电子商务进农村综合示范", cat: transfer, lo: 1e6, hi: 1e7, public: true, out: []string{"GX001", "GX004"}, eff: []string{"GX021", "NY010"}, sat: "NY011", goal: "完善农村电商公共服务体系", pay: paySubsidy},
	},
	"disabled": {
		{name: "残疾人康复救助项目", cat: transfer, lo: 5e5, hi: 5e6, public: true, out: []string{"SB004", "SB005"}, eff: []string{"GX015"}, sat: "SB007", goal: "为残疾人提供基本康复服务", pay: paySubsidy},
		{name: "残疾人职业技能培训", cat: special, lo: 1e5, hi: 1.5e6, public: true, out: []string{"SB002", "GX005"}, eff: []string{"SB003"}, sat: "SB007", goal: "提升残疾人就业能力", pay: payTrain},
	},
	"gov": {
		{name: "12345政务服务便民热线运行经费", cat: special, lo: 5e5, hi: 5e6, public: true, out: []string{"YB002", "GX022"}, eff: []string{"GX016"}, sat: "YB006", goal: "提升热线服务质效", pay: payService},
		{name: "政务服务“一网通办”平台建设", cat: funds, lo: 1e6, hi: 1e7, public: true, multi: 0.3, out: []string{"YB001", "GX022", "GX008"}, eff: []string{"GX016", "GX017"}, sat: "YB006", goal: "推进政务服务“一网通办”", pay: payIT},
	},
}
