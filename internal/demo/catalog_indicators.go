package demo

import (
	"jixiao/internal/domain/enums"
)

// tmpl is an indicator of the library (指标库): the IndicatorTemplate row and
// what the generator needs to give it a target value.
type tmpl struct {
	code   string
	sub    enums.Subcategory
	name   string
	unit   string
	cmp    enums.Comparator
	sector enums.Sector // "" = common indicator (共性指标)
	def    string       // 指标解释
	keys   []string
	// Target values: uniform in [lo, hi], or per × (budget in million yuan)
	// clamped to [lo, hi] when per > 0 (quantities grow with the budget).
	lo, hi, per float64
	places      int32
	text        string // qualitative target wording (定性)
}

func (t *tmpl) category() enums.IndicatorCategory { return t.sub.Category() }
func (t *tmpl) qualitative() bool                 { return t.cmp == enums.ComparatorQualitative }
func (t *tmpl) reverse() bool {
	return t.cmp == enums.ComparatorLte || t.cmp == enums.ComparatorLt
}

// percent tells whether the value is a rate capped at 100.
func (t *tmpl) percent() bool { return t.unit == "%" }

const (
	gte  = enums.ComparatorGte
	gt   = enums.ComparatorGt
	eq   = enums.ComparatorEq
	lte  = enums.ComparatorLte
	qual = enums.ComparatorQualitative

	qty  = enums.SubcategoryQuantity
	qlty = enums.SubcategoryQuality
	tml  = enums.SubcategoryTimeliness
	cost = enums.SubcategoryOutputCost
	econ = enums.SubcategoryEconomicBenefit
	soc  = enums.SubcategorySocialBenefit
	eco  = enums.SubcategoryEcologicalBenefit
	sus  = enums.SubcategorySustainability
	sat  = enums.SubcategoryServiceSatisfaction
)

// templates is the indicator library: common indicators (GX), sector
// indicators (JY 教育, WS 卫生健康, NY 农业农村, JT 交通, SL 水利, ST 生态环境,
// WL 文化旅游, KJ 科技, SB 社会保障, ZF 住房保障, GA 公共安全, YB 一般公共服务)
// and department-wide indicators (BM 部门整体).
var templates = []*tmpl{
	// 共性指标
	{code: "GX001", sub: qty, name: "培训人次", unit: "人次", cmp: gte, def: "年度内组织开展各类培训的累计参训人次。", keys: []string{"培训", "人次"}, lo: 50, hi: 20000, per: 1500},
	{code: "GX002", sub: qty, name: "宣传活动场次", unit: "场", cmp: gte, def: "年度内组织开展的宣传、推介活动场次。", keys: []string{"宣传"}, lo: 3, hi: 200, per: 12},
	{code: "GX003", sub: qty, name: "购置设备数量", unit: "台（套）", cmp: gte, def: "按采购合同完成购置并验收的设备台（套）数。", keys: []string{"设备", "购置"}, lo: 5, hi: 2000, per: 40},
	{code: "GX004", sub: qlty, name: "项目验收合格率", unit: "%", cmp: gte, def: "验收合格的项目（工程）数量 ÷ 完成验收的项目（工程）数量 × 100%。", keys: []string{"验收", "合格率"}, lo: 95, hi: 100},
	{code: "GX005", sub: qlty, name: "培训合格率", unit: "%", cmp: gte, def: "考核合格的参训人数 ÷ 参训总人数 × 100%。", keys: []string{"培训", "合格率"}, lo: 90, hi: 98},
	{code: "GX006", sub: qlty, name: "设备完好率", unit: "%", cmp: gte, def: "完好设备台数 ÷ 设备总台数 × 100%。", keys: []string{"设备"}, lo: 95, hi: 99},
	{code: "GX007", sub: qlty, name: "资金使用合规率", unit: "%", cmp: eq, def: "符合财经法规和资金管理办法的支出金额 ÷ 支出总额 × 100%。", keys: []string{"资金", "合规"}, lo: 100, hi: 100},
	{code: "GX008", sub: tml, name: "项目按期完成率", unit: "%", cmp: gte, def: "按计划时间完成的项目（任务）数 ÷ 计划完成的项目（任务）数 × 100%。", keys: []string{"按期", "时效"}, lo: 90, hi: 100},
	{code: "GX009", sub: tml, name: "资金拨付及时率", unit: "%", cmp: gte, def: "在规定时限内拨付的资金 ÷ 应拨付资金 × 100%。", keys: []string{"拨付", "时效"}, lo: 95, hi: 100},
	{code: "GX010", sub: tml, name: "项目完成时限", unit: "月", cmp: lte, def: "项目全部建设（实施）内容完成的月份，不晚于当年12月。", keys: []string{"时限"}, lo: 10, hi: 12},
	{code: "GX011", sub: cost, name: "人均培训成本", unit: "元/人次", cmp: lte, def: "培训支出总额 ÷ 培训人次，不高于预算支出标准。", keys: []string{"培训", "成本"}, lo: 200, hi: 1200},
	{code: "GX012", sub: cost, name: "成本节约率", unit: "%", cmp: gte, def: "（预算成本 − 实际成本）÷ 预算成本 × 100%。", keys: []string{"成本", "节约"}, lo: 1, hi: 5, places: 1},
	{code: "GX013", sub: cost, name: "预算成本控制率", unit: "%", cmp: lte, def: "实际支出 ÷ 预算成本 × 100%，不超过100%。", keys: []string{"成本控制"}, lo: 100, hi: 100},
	{code: "GX014", sub: soc, name: "群众知晓率", unit: "%", cmp: gte, def: "抽样调查中知晓相关政策（服务）的人数 ÷ 调查总人数 × 100%。", keys: []string{"知晓率", "宣传"}, lo: 80, hi: 95},
	{code: "GX015", sub: soc, name: "服务对象覆盖率", unit: "%", cmp: gte, def: "实际受益（服务）对象数 ÷ 应受益（服务）对象数 × 100%。", keys: []string{"覆盖率"}, lo: 85, hi: 100},
	{code: "GX016", sub: soc, name: "公共服务水平", cmp: qual, def: "项目实施后公共服务能力和水平的提升情况，按达成、部分达成、未达成评定。", keys: []string{"公共服务"}, text: "公共服务水平明显提升"},
	{code: "GX017", sub: sus, name: "长效管护机制", cmp: qual, def: "项目形成资产的管理维护制度、责任主体和经费保障落实情况。", keys: []string{"长效", "管护"}, text: "建立健全长效管护机制"},
	{code: "GX018", sub: sus, name: "项目持续发挥效益年限", unit: "年", cmp: gte, def: "项目形成的设施（成果）预计持续发挥作用的年限。", keys: []string{"可持续"}, lo: 5, hi: 20},
	{code: "GX019", sub: sat, name: "服务对象满意度", unit: "%", cmp: gte, def: "满意度调查中表示满意和比较满意的人数 ÷ 有效问卷数 × 100%。", keys: []string{"满意度"}, lo: 85, hi: 95},
	{code: "GX020", sub: sat, name: "受益群众满意度", unit: "%", cmp: gte, def: "受益群众满意度抽样调查结果。", keys: []string{"满意度", "群众"}, lo: 85, hi: 95},
	{code: "GX021", sub: econ, name: "带动就业人数", unit: "人", cmp: gte, def: "项目实施直接带动的就业人数。", keys: []string{"就业"}, lo: 5, hi: 2000, per: 20},
	{code: "GX022", sub: qlty, name: "信息系统运行稳定率", unit: "%", cmp: gte, def: "系统正常运行时长 ÷ 计划运行时长 × 100%。", keys: []string{"信息化", "系统"}, lo: 98, hi: 99.9, places: 1},

	// 教育
	{code: "JY001", sub: qty, sector: enums.SectorEducation, name: "改造校舍面积", unit: "平方米", cmp: gte, def: "年度内完成维修改造并验收的校舍建筑面积。", keys: []string{"校舍", "薄弱环节"}, lo: 200, hi: 60000, per: 600},
	{code: "JY002", sub: qty, sector: enums.SectorEducation, name: "受益学生人数", unit: "人", cmp: gte, def: "项目覆盖学校的在校学生人数。", keys: []string{"学生"}, lo: 100, hi: 200000, per: 800},
	{code: "JY003", sub: qty, sector: enums.SectorEducation, name: "资助学生人数", unit: "人次", cmp: gte, def: "年度内获得资助的学生人次。", keys: []string{"资助", "助学金"}, lo: 50, hi: 50000, per: 500},
	{code: "JY004", sub: qty, sector: enums.SectorEducation, name: "教师培训人次", unit: "人次", cmp: gte, def: "年度内参加各级各类培训的教师人次。", keys: []string{"教师", "培训"}, lo: 50, hi: 20000, per: 1000},
	{code: "JY005", sub: qlty, sector: enums.SectorEducation, name: "补助标准执行到位率", unit: "%", cmp: eq, def: "按国家规定标准足额落实补助的学生数 ÷ 应补助学生数 × 100%。", keys: []string{"补助标准"}, lo: 100, hi: 100},
	{code: "JY006", sub: qlty, sector: enums.SectorEducation, name: "校舍改造工程质量合格率", unit: "%", cmp: gte, def: "质量验收合格的改造工程数 ÷ 完工工程数 × 100%。", keys: []string{"校舍", "质量"}, lo: 100, hi: 100},
	{code: "JY007", sub: tml, sector: enums.SectorEducation, name: "学生资助资金发放及时率", unit: "%", cmp: gte, def: "按学期规定时限发放的资助资金 ÷ 应发放资金 × 100%。", keys: []string{"资助", "及时"}, lo: 95, hi: 100},
	{code: "JY008", sub: soc, sector: enums.SectorEducation, name: "九年义务教育巩固率", unit: "%", cmp: gte, def: "九年级毕业生数 ÷ 该年级入学时一年级学生数 × 100%。", keys: []string{"义务教育", "巩固率"}, lo: 96, hi: 99.5, places: 1},
	{code: "JY009", sub: soc, sector: enums.SectorEducation, name: "学校办学条件改善情况", cmp: qual, def: "项目学校教学、生活设施条件改善程度。", keys: []string{"办学条件"}, text: "项目学校办学条件明显改善"},
	{code: "JY010", sub: sat, sector: enums.SectorEducation, name: "学生及家长满意度", unit: "%", cmp: gte, def: "学生及家长满意度问卷调查结果。", keys: []string{"满意度", "家长"}, lo: 85, hi: 95},
	{code: "JY011", sub: cost, sector: enums.SectorEducation, name: "校舍改造单位成本", unit: "元/平方米", cmp: lte, def: "校舍改造支出 ÷ 改造面积，不高于预算支出标准。", keys: []string{"校舍", "成本"}, lo: 800, hi: 2500},
	{code: "JY012", sub: soc, sector: enums.SectorEducation, name: "家庭经济困难学生应助尽助率", unit: "%", cmp: gte, def: "获得资助的家庭经济困难学生数 ÷ 认定的家庭经济困难学生数 × 100%。", keys: []string{"资助"}, lo: 100, hi: 100},

	// 卫生健康
	{code: "WS001", sub: qty, sector: enums.SectorHealth, name: "居民电子健康档案建档人数", unit: "人", cmp: gte, def: "建立规范化电子健康档案的常住居民人数。", keys: []string{"健康档案", "基本公共卫生"}, lo: 1000, hi: 500000, per: 3000},
	{code: "WS002", sub: qlty, sector: enums.SectorHealth, name: "居民电子健康档案建档率", unit: "%", cmp: gte, def: "建档人数 ÷ 辖区常住人口数 × 100%。", keys: []string{"健康档案"}, lo: 85, hi: 92},
	{code: "WS003", sub: qty, sector: enums.SectorHealth, name: "65岁及以上老年人健康管理人数", unit: "人", cmp: gte, def: "接受健康管理服务的65岁及以上老年人数。", keys: []string{"老年人", "健康管理"}, lo: 200, hi: 80000, per: 400},
	{code: "WS004", sub: qlty, sector: enums.SectorHealth, name: "适龄儿童国家免疫规划疫苗接种率", unit: "%", cmp: gte, def: "按免疫程序完成接种的适龄儿童数 ÷ 应接种儿童数 × 100%。", keys: []string{"免疫规划", "接种率"}, lo: 90, hi: 95},
	{code: "WS005", sub: qty, sector: enums.SectorHealth, name: "家庭医生签约服务人数", unit: "人", cmp: gte, def: "与家庭医生团队签订服务协议的居民人数。", keys: []string{"家庭医生"}, lo: 500, hi: 300000, per: 1500},
	{code: "WS006", sub: soc, sector: enums.SectorHealth, name: "居民健康素养水平", unit: "%", cmp: gte, def: "具备基本健康素养的人数 ÷ 监测总人数 × 100%。", keys: []string{"健康素养"}, lo: 25, hi: 32, places: 1},
	{code: "WS007", sub: sat, sector: enums.SectorHealth, name: "患者满意度", unit: "%", cmp: gte, def: "门诊和住院患者满意度调查结果。", keys: []string{"满意度", "患者"}, lo: 85, hi: 95},
	{code: "WS008", sub: qty, sector: enums.SectorHealth, name: "购置医疗设备数量", unit: "台（套）", cmp: gte, def: "完成采购、安装并验收的医疗设备台（套）数。", keys: []string{"医疗设备"}, lo: 1, hi: 300, per: 3},
	{code: "WS009", sub: soc, sector: enums.SectorHealth, name: "县域内就诊率", unit: "%", cmp: gte, def: "县域内就诊人次 ÷ 县域居民就诊总人次 × 100%。", keys: []string{"县域医共体"}, lo: 85, hi: 92},
	{code: "WS010", sub: tml, sector: enums.SectorHealth, name: "法定传染病报告及时率", unit: "%", cmp: gte, def: "在规定时限内报告的法定传染病例数 ÷ 报告总例数 × 100%。", keys: []string{"传染病"}, lo: 95, hi: 100},
	{code: "WS011", sub: econ, sector: enums.SectorHealth, name: "群众就医费用负担", cmp: qual, def: "群众看病就医费用负担减轻情况。", keys: []string{"就医负担"}, text: "有效减轻群众就医负担"},

	// 农业农村
	{code: "NY001", sub: qty, sector: enums.SectorAgriculture, name: "高标准农田建设面积", unit: "亩", cmp: gte, def: "按高标准农田建设标准完成建设并验收的面积。", keys: []string{"高标准农田"}, lo: 500, hi: 100000, per: 450},
	{code: "NY002", sub: qty, sector: enums.SectorAgriculture, name: "带动脱贫户（监测户）户数", unit: "户", cmp: gte, def: "通过产业带动、务工就业等方式直接受益的脱贫户和监测户户数。", keys: []string{"乡村振兴", "衔接资金"}, lo: 20, hi: 20000, per: 60},
	{code: "NY003", sub: econ, sector: enums.SectorAgriculture, name: "脱贫人口人均纯收入增幅", unit: "%", cmp: gte, def: "（本年脱贫人口人均纯收入 − 上年）÷ 上年 × 100%。", keys: []string{"脱贫人口", "增收"}, lo: 6, hi: 10, places: 1},
	{code: "NY004", sub: qty, sector: enums.SectorAgriculture, name: "农业技术培训人次", unit: "人次", cmp: gte, def: "年度内开展农业实用技术培训的参训人次。", keys: []string{"农技", "培训"}, lo: 100, hi: 30000, per: 1500},
	{code: "NY005", sub: qlty, sector: enums.SectorAgriculture, name: "强制免疫病种应免密度", unit: "%", cmp: gte, def: "实际免疫畜禽数 ÷ 应免疫畜禽数 × 100%。", keys: []string{"动物防疫"}, lo: 90, hi: 95},
	{code: "NY006", sub: qty, sector: enums.SectorAgriculture, name: "补贴发放面积", unit: "亩", cmp: gte, def: "按规定核定并兑付补贴的耕地面积。", keys: []string{"耕地地力保护", "补贴"}, lo: 5000, hi: 3000000, per: 9000},
	{code: "NY007", sub: qlty, sector: enums.SectorAgriculture, name: "补贴资金兑付准确率", unit: "%", cmp: eq, def: "准确兑付到户的补贴资金 ÷ 兑付资金总额 × 100%。", keys: []string{"补贴", "一卡通"}, lo: 100, hi: 100},
	{code: "NY008", sub: econ, sector: enums.SectorAgriculture, name: "项目区亩均增产", unit: "公斤", cmp: gte, def: "项目区亩均产量较建设前的增加量。", keys: []string{"增产"}, lo: 30, hi: 100},
	{code: "NY009", sub: qty, sector: enums.SectorAgriculture, name: "新建设施农业大棚", unit: "座", cmp: gte, def: "年度内新建并投入使用的日光温室和大棚数量。", keys: []string{"设施农业"}, lo: 5, hi: 2000, per: 15},
	{code: "NY010", sub: econ, sector: enums.SectorAgriculture, name: "特色产业产值增长率", unit: "%", cmp: gte, def: "（本年特色产业产值 − 上年）÷ 上年 × 100%。", keys: []string{"特色产业"}, lo: 5, hi: 12, places: 1},
	{code: "NY011", sub: sat, sector: enums.SectorAgriculture, name: "受益农户满意度", unit: "%", cmp: gte, def: "受益农户满意度抽样调查结果。", keys: []string{"满意度", "农户"}, lo: 88, hi: 95},
	{code: "NY012", sub: eco, sector: enums.SectorAgriculture, name: "化肥农药使用量", cmp: qual, def: "项目区化肥、农药使用量较上年的变化情况。", keys: []string{"化肥", "农药", "绿色"}, text: "化肥农药使用量实现负增长"},

	// 交通
	{code: "JT001", sub: qty, sector: enums.SectorTransport, name: "农村公路养护里程", unit: "公里", cmp: gte, def: "年度内实施日常养护和养护工程的农村公路里程。", keys: []string{"农村公路", "养护"}, lo: 20, hi: 5000, per: 60},
	{code: "JT002", sub: qlty, sector: enums.SectorTransport, name: "优良中等路率", unit: "%", cmp: gte, def: "路面技术状况为优、良、中等的里程 ÷ 评定总里程 × 100%。", keys: []string{"路况"}, lo: 75, hi: 90},
	{code: "JT003", sub: cost, sector: enums.SectorTransport, name: "每公里年养护成本", unit: "元/公里", cmp: lte, def: "养护支出 ÷ 养护里程，不高于预算支出标准。", keys: []string{"养护", "成本"}, lo: 8000, hi: 20000},
	{code: "JT004", sub: qty, sector: enums.SectorTransport, name: "危桥改造座数", unit: "座", cmp: gte, def: "年度内完成改造并验收的四、五类危桥数量。", keys: []string{"危桥"}, lo: 1, hi: 30, per: 0.5},
	{code: "JT005", sub: qty, sector: enums.SectorTransport, name: "新改建公路里程", unit: "公里", cmp: gte, def: "年度内完成新建、改建并交工验收的公路里程。", keys: []string{"公路建设"}, lo: 1, hi: 200, per: 0.3, places: 1},
	{code: "JT006", sub: soc, sector: enums.SectorTransport, name: "具备条件的建制村通客车率", unit: "%", cmp: gte, def: "通客车的建制村数 ÷ 具备条件的建制村数 × 100%。", keys: []string{"农村客运"}, lo: 100, hi: 100},
	{code: "JT007", sub: soc, sector: enums.SectorTransport, name: "群众出行条件改善", cmp: qual, def: "项目实施后沿线群众出行安全性和便捷性的改善情况。", keys: []string{"出行"}, text: "群众出行更加安全便捷"},
	{code: "JT008", sub: sat, sector: enums.SectorTransport, name: "沿线群众满意度", unit: "%", cmp: gte, def: "沿线群众满意度抽样调查结果。", keys: []string{"满意度"}, lo: 85, hi: 95},

	// 水利
	{code: "SL001", sub: qty, sector: enums.SectorWater, name: "受益人口", unit: "人", cmp: gte, def: "工程建成后直接受益的人口数。", keys: []string{"供水", "受益"}, lo: 500, hi: 300000, per: 1500},
	{code: "SL002", sub: soc, sector: enums.SectorWater, name: "农村自来水普及率", unit: "%", cmp: gte, def: "使用自来水的农村人口 ÷ 农村总人口 × 100%。", keys: []string{"农村供水"}, lo: 88, hi: 96, places: 1},
	{code: "SL003", sub: qlty, sector: enums.SectorWater, name: "供水水质达标率", unit: "%", cmp: gte, def: "水质检测达标的水样数 ÷ 检测水样总数 × 100%。", keys: []string{"水质"}, lo: 90, hi: 98},
	{code: "SL004", sub: qty, sector: enums.SectorWater, name: "治理河道长度", unit: "公里", cmp: gte, def: "年度内完成综合治理的河道长度。", keys: []string{"河道", "中小河流"}, lo: 1, hi: 80, per: 0.8, places: 1},
	{code: "SL005", sub: qty, sector: enums.SectorWater, name: "水土流失综合治理面积", unit: "平方公里", cmp: gte, def: "年度内完成水土流失综合治理的面积。", keys: []string{"水土保持"}, lo: 1, hi: 300, per: 2, places: 1},
	{code: "SL006", sub: qty, sector: enums.SectorWater, name: "病险淤地坝除险加固座数", unit: "座", cmp: gte, def: "年度内完成除险加固并验收的病险淤地坝数量。", keys: []string{"淤地坝"}, lo: 1, hi: 60, per: 0.6},
	{code: "SL007", sub: eco, sector: enums.SectorWater, name: "治理段防洪标准", unit: "年一遇", cmp: gte, def: "治理河段达到的防洪标准重现期。", keys: []string{"防洪"}, lo: 10, hi: 20},

	// 生态环境
	{code: "ST001", sub: eco, sector: enums.SectorEcology, name: "空气质量优良天数比例", unit: "%", cmp: gte, def: "空气质量优良天数 ÷ 有效监测天数 × 100%。", keys: []string{"大气", "优良天数"}, lo: 80, hi: 88, places: 1},
	{code: "ST002", sub: eco, sector: enums.SectorEcology, name: "细颗粒物（PM2.5）年均浓度", unit: "微克/立方米", cmp: lte, def: "城市细颗粒物年均浓度，不高于年度控制目标。", keys: []string{"PM2.5", "大气"}, lo: 28, hi: 38},
	{code: "ST003", sub: eco, sector: enums.SectorEcology, name: "国控断面水质优良比例", unit: "%", cmp: gte, def: "水质达到或优于Ⅲ类的国控断面数 ÷ 国控断面总数 × 100%。", keys: []string{"水环境", "断面"}, lo: 80, hi: 100},
	{code: "ST004", sub: qty, sector: enums.SectorEcology, name: "完成造林面积", unit: "亩", cmp: gte, def: "年度内完成人工造林、封山育林的面积。", keys: []string{"造林", "三北"}, lo: 500, hi: 200000, per: 800},
	{code: "ST005", sub: qty, sector: enums.SectorEcology, name: "防沙治沙面积", unit: "亩", cmp: gte, def: "年度内完成沙化土地综合治理的面积。", keys: []string{"治沙", "毛乌素"}, lo: 500, hi: 300000, per: 1000},
	{code: "ST006", sub: qlty, sector: enums.SectorEcology, name: "造林成活率", unit: "%", cmp: gte, def: "成活株数 ÷ 栽植总株数 × 100%。", keys: []string{"造林"}, lo: 85, hi: 92},
	{code: "ST007", sub: qty, sector: enums.SectorEcology, name: "监测站点建设数量", unit: "个", cmp: gte, def: "年度内建成并联网运行的自动监测站点数量。", keys: []string{"监测"}, lo: 1, hi: 50, per: 2},
	{code: "ST008", sub: eco, sector: enums.SectorEcology, name: "森林覆盖率", unit: "%", cmp: gte, def: "森林面积 ÷ 土地总面积 × 100%。", keys: []string{"森林覆盖率"}, lo: 35, hi: 36.5, places: 1},
	{code: "ST009", sub: eco, sector: enums.SectorEcology, name: "森林火灾受害率", unit: "‰", cmp: lte, def: "受害森林面积 ÷ 森林总面积 × 1000‰。", keys: []string{"防火"}, lo: 0.5, hi: 0.9, places: 1},

	// 文化旅游
	{code: "WL001", sub: qty, sector: enums.SectorCultureTourism, name: "送戏下乡场次", unit: "场", cmp: gte, def: "年度内组织文艺团体到乡镇、村（社区）演出的场次。", keys: []string{"送戏下乡", "公共文化"}, lo: 10, hi: 1000, per: 30},
	{code: "WL002", sub: qty, sector: enums.SectorCultureTourism, name: "年接待读者（观众）人次", unit: "万人次", cmp: gte, def: "公共文化场馆年度接待读者、观众人次。", keys: []string{"免费开放"}, lo: 5, hi: 150, per: 3, places: 1},
	{code: "WL003", sub: qty, sector: enums.SectorCultureTourism, name: "文物保护修缮项目数", unit: "个", cmp: gte, def: "年度内完成的文物本体保护、修缮项目数量。", keys: []string{"文物保护"}, lo: 1, hi: 20, per: 0.5},
	{code: "WL004", sub: qty, sector: enums.SectorCultureTourism, name: "全民健身活动场次", unit: "场", cmp: gte, def: "年度内组织开展的群众性体育赛事和健身活动场次。", keys: []string{"全民健身"}, lo: 5, hi: 500, per: 20},
	{code: "WL005", sub: soc, sector: enums.SectorCultureTourism, name: "公共文化设施免费开放率", unit: "%", cmp: eq, def: "免费开放的公共文化设施数 ÷ 公共文化设施总数 × 100%。", keys: []string{"免费开放"}, lo: 100, hi: 100},
	{code: "WL006", sub: econ, sector: enums.SectorCultureTourism, name: "旅游综合收入增长率", unit: "%", cmp: gte, def: "（本年旅游综合收入 − 上年）÷ 上年 × 100%。", keys: []string{"旅游"}, lo: 8, hi: 15, places: 1},
	{code: "WL007", sub: sus, sector: enums.SectorCultureTourism, name: "非物质文化遗产保护传承", cmp: qual, def: "非遗项目保护、传承人培养和展示传播情况。", keys: []string{"非遗", "陕北民歌"}, text: "非物质文化遗产得到有效保护传承"},
	{code: "WL008", sub: sat, sector: enums.SectorCultureTourism, name: "群众文化活动满意度", unit: "%", cmp: gte, def: "参与群众满意度调查结果。", keys: []string{"满意度"}, lo: 88, hi: 95},

	// 科技
	{code: "KJ001", sub: qty, sector: enums.SectorScience, name: "支持科技项目数", unit: "项", cmp: gte, def: "年度内立项支持的科技计划项目数量。", keys: []string{"科技计划"}, lo: 3, hi: 200, per: 2},
	{code: "KJ002", sub: qty, sector: enums.SectorScience, name: "专利申请数", unit: "件", cmp: gte, def: "项目承担单位年度内申请的发明和实用新型专利数。", keys: []string{"专利"}, lo: 3, hi: 500, per: 3},
	{code: "KJ003", sub: econ, sector: enums.SectorScience, name: "科技成果转化项目数", unit: "项", cmp: gte, def: "实现转化应用的科技成果数量。", keys: []string{"成果转化"}, lo: 1, hi: 100, per: 0.8},
	{code: "KJ004", sub: qlty, sector: enums.SectorScience, name: "项目结题验收通过率", unit: "%", cmp: gte, def: "通过结题验收的项目数 ÷ 应结题项目数 × 100%。", keys: []string{"验收"}, lo: 90, hi: 95},
	{code: "KJ005", sub: sus, sector: enums.SectorScience, name: "区域科技创新能力", cmp: qual, def: "区域研发投入、创新平台和创新主体的发展情况。", keys: []string{"创新"}, text: "区域科技创新能力持续增强"},

	// 社会保障
	{code: "SB001", sub: qty, sector: enums.SectorSocialSecurity, name: "城镇新增就业人数", unit: "人", cmp: gte, def: "年度内城镇累计新增就业人数。", keys: []string{"就业"}, lo: 200, hi: 80000, per: 100},
	{code: "SB002", sub: qty, sector: enums.SectorSocialSecurity, name: "职业技能培训人次", unit: "人次", cmp: gte, def: "年度内开展补贴性职业技能培训的人次。", keys: []string{"技能培训"}, lo: 100, hi: 50000, per: 900},
	{code: "SB003", sub: soc, sector: enums.SectorSocialSecurity, name: "培训后就业率", unit: "%", cmp: gte, def: "培训后实现就业的人数 ÷ 参训人数 × 100%。", keys: []string{"就业率"}, lo: 55, hi: 75},
	{code: "SB004", sub: qty, sector: enums.SectorSocialSecurity, name: "保障对象人数", unit: "人", cmp: gte, def: "年度内纳入保障范围的对象人数。", keys: []string{"低保", "救助"}, lo: 100, hi: 200000, per: 120},
	{code: "SB005", sub: tml, sector: enums.SectorSocialSecurity, name: "补助资金按时足额发放率", unit: "%", cmp: eq, def: "按时足额发放的补助资金 ÷ 应发放资金 × 100%。", keys: []string{"发放"}, lo: 100, hi: 100},
	{code: "SB006", sub: soc, sector: enums.SectorSocialSecurity, name: "困难群众基本生活保障", cmp: qual, def: "困难群众基本生活保障落实情况。", keys: []string{"兜底保障"}, text: "困难群众基本生活得到有效保障"},
	{code: "SB007", sub: sat, sector: enums.SectorSocialSecurity, name: "保障对象满意度", unit: "%", cmp: gte, def: "保障对象满意度调查结果。", keys: []string{"满意度"}, lo: 90, hi: 97},
	{code: "SB008", sub: qty, sector: enums.SectorSocialSecurity, name: "新增养老服务床位数", unit: "张", cmp: gte, def: "年度内新增的养老机构和社区养老服务床位数。", keys: []string{"养老"}, lo: 10, hi: 3000, per: 15},

	// 住房保障
	{code: "ZF001", sub: qty, sector: enums.SectorHousing, name: "改造老旧小区个数", unit: "个", cmp: gte, def: "年度内完成改造并验收的城镇老旧小区数量。", keys: []string{"老旧小区"}, lo: 1, hi: 150, per: 0.4},
	{code: "ZF002", sub: qty, sector: enums.SectorHousing, name: "惠及居民户数", unit: "户", cmp: gte, def: "改造（保障）项目惠及的居民户数。", keys: []string{"居民"}, lo: 50, hi: 50000, per: 120},
	{code: "ZF003", sub: qty, sector: enums.SectorHousing, name: "农村危房改造户数", unit: "户", cmp: gte, def: "年度内完成改造并验收的农村危房户数。", keys: []string{"危房改造"}, lo: 10, hi: 5000, per: 25},
	{code: "ZF004", sub: soc, sector: enums.SectorHousing, name: "居民居住条件改善", cmp: qual, def: "项目实施后居民居住环境和条件改善情况。", keys: []string{"居住条件"}, text: "居民居住条件显著改善"},
	{code: "ZF005", sub: sat, sector: enums.SectorHousing, name: "居民满意度", unit: "%", cmp: gte, def: "居民满意度调查结果。", keys: []string{"满意度"}, lo: 85, hi: 95},
	{code: "ZF006", sub: qty, sector: enums.SectorHousing, name: "更新改造燃气管道长度", unit: "公里", cmp: gte, def: "年度内完成更新改造的城市燃气管道长度。", keys: []string{"燃气", "管网"}, lo: 1, hi: 300, per: 1.2, places: 1},

	// 公共安全
	{code: "GA001", sub: qty, sector: enums.SectorPublicSecurity, name: "视频监控点位建设数", unit: "个", cmp: gte, def: "年度内建成并接入平台的视频监控点位数量。", keys: []string{"雪亮工程", "视频监控"}, lo: 20, hi: 5000, per: 60},
	{code: "GA002", sub: soc, sector: enums.SectorPublicSecurity, name: "刑事案件发案数同比下降率", unit: "%", cmp: gte, def: "（上年刑事案件发案数 − 本年）÷ 上年 × 100%。", keys: []string{"治安"}, lo: 3, hi: 10, places: 1},
	{code: "GA003", sub: soc, sector: enums.SectorPublicSecurity, name: "较大及以上安全事故发生起数", unit: "起", cmp: lte, def: "年度内发生的较大及以上生产安全事故起数。", keys: []string{"安全生产"}, lo: 0, hi: 0},
	{code: "GA004", sub: qty, sector: enums.SectorPublicSecurity, name: "应急物资储备品种", unit: "种", cmp: gte, def: "按储备目录完成储备的应急物资品种数。", keys: []string{"应急物资"}, lo: 20, hi: 80},
	{code: "GA005", sub: qlty, sector: enums.SectorPublicSecurity, name: "应急物资完好率", unit: "%", cmp: gte, def: "完好可用的储备物资 ÷ 储备物资总量 × 100%。", keys: []string{"应急物资"}, lo: 95, hi: 100},
	{code: "GA006", sub: sat, sector: enums.SectorPublicSecurity, name: "群众安全感满意度", unit: "%", cmp: gte, def: "群众安全感满意度调查结果。", keys: []string{"安全感"}, lo: 90, hi: 98},
	{code: "GA007", sub: qty, sector: enums.SectorPublicSecurity, name: "执法检查企业数", unit: "家次", cmp: gte, def: "年度内开展安全生产执法检查的企业家次。", keys: []string{"执法"}, lo: 50, hi: 5000, per: 80},

	// 一般公共服务
	{code: "YB001", sub: qty, sector: enums.SectorGeneralPublicService, name: "政务服务事项网上可办数", unit: "项", cmp: gte, def: "可全程网办或部分网办的政务服务事项数。", keys: []string{"一网通办"}, lo: 300, hi: 1500},
	{code: "YB002", sub: tml, sector: enums.SectorGeneralPublicService, name: "12345热线工单按时办结率", unit: "%", cmp: gte, def: "在规定时限内办结的工单数 ÷ 工单总数 × 100%。", keys: []string{"12345"}, lo: 95, hi: 99},
	{code: "YB003", sub: qty, sector: enums.SectorGeneralPublicService, name: "重点绩效评价项目数", unit: "个", cmp: gte, def: "年度内组织开展财政重点绩效评价的项目（政策）数。", keys: []string{"绩效评价", "第三方"}, lo: 5, hi: 80, per: 8},
	{code: "YB004", sub: soc, sector: enums.SectorGeneralPublicService, name: "财政资金使用效益", cmp: qual, def: "财政资金配置效率和使用效益的改善情况。", keys: []string{"绩效"}, text: "财政资金使用效益明显提高"},
	{code: "YB005", sub: qty, sector: enums.SectorGeneralPublicService, name: "普查（调查）对象数", unit: "个", cmp: gte, def: "完成入户登记或报送数据的普查（调查）对象数。", keys: []string{"经济普查", "统计"}, lo: 500, hi: 200000, per: 2000},
	{code: "YB006", sub: sat, sector: enums.SectorGeneralPublicService, name: "办事群众满意度", unit: "%", cmp: gte, def: "“好差评”系统中好评数 ÷ 评价总数 × 100%。", keys: []string{"好差评", "满意度"}, lo: 95, hi: 99},
	{code: "YB007", sub: qty, sector: enums.SectorGeneralPublicService, name: "完成审计（检查）项目数", unit: "个", cmp: gte, def: "年度内完成的审计（检查）项目数量。", keys: []string{"审计"}, lo: 5, hi: 200, per: 10},
	{code: "YB008", sub: qty, sector: enums.SectorGeneralPublicService, name: "抽检批次", unit: "批次", cmp: gte, def: "年度内完成的食品、产品质量监督抽检批次。", keys: []string{"抽检", "食品安全"}, lo: 100, hi: 20000, per: 400},

	// 成本指标（一级指标“成本”，计入产出分值）
	{code: "CB001", sub: enums.SubcategoryEconomicCost, name: "单位产出成本控制率", unit: "%", cmp: lte, def: "实际单位产出成本 ÷ 预算单位成本 × 100%，不超过100%。", keys: []string{"经济成本"}, lo: 100, hi: 100},
	{code: "CB002", sub: enums.SubcategoryEcologicalCost, name: "施工扬尘污染投诉次数", unit: "次", cmp: lte, def: "施工期间因扬尘、噪声等环境问题被投诉并查实的次数。", keys: []string{"生态环境成本", "扬尘"}, lo: 1, hi: 3},
	{code: "CB003", sub: enums.SubcategorySocialCost, name: "征地拆迁信访事件", unit: "起", cmp: lte, def: "项目实施引发的征地拆迁群体性信访事件起数。", keys: []string{"社会成本"}, lo: 0, hi: 0},

	// 部门整体
	{code: "BM001", sub: qty, name: "重点工作任务完成率", unit: "%", cmp: gte, def: "完成的年度重点工作任务数 ÷ 计划任务数 × 100%。", keys: []string{"部门整体", "履职"}, lo: 95, hi: 100},
	{code: "BM002", sub: qlty, name: "部门预算执行率", unit: "%", cmp: gte, def: "部门全年支出 ÷ 部门调整后预算 × 100%。", keys: []string{"部门整体", "预算执行"}, lo: 90, hi: 95},
	{code: "BM003", sub: tml, name: "重点任务按时完成率", unit: "%", cmp: gte, def: "按时完成的重点任务数 ÷ 重点任务总数 × 100%。", keys: []string{"部门整体"}, lo: 90, hi: 100},
	{code: "BM004", sub: cost, name: "“三公”经费变动率", unit: "%", cmp: lte, def: "（本年“三公”经费决算数 − 上年）÷ 上年 × 100%，不高于0。", keys: []string{"三公经费", "运行成本"}, lo: 0, hi: 0},
	{code: "BM005", sub: soc, name: "履职目标实现程度", cmp: qual, def: "部门职责履行和年度目标实现情况。", keys: []string{"履职效能"}, text: "全面履行部门职责，年度目标顺利实现"},
	{code: "BM006", sub: sus, name: "绩效管理制度健全性", cmp: qual, def: "预算绩效管理制度建设及执行情况。", keys: []string{"管理效率"}, text: "预算绩效管理制度健全并有效执行"},
	{code: "BM007", sub: sat, name: "社会公众满意度", unit: "%", cmp: gte, def: "社会公众对部门履职情况的满意度调查结果。", keys: []string{"满意度"}, lo: 88, hi: 95},
}

var templateByCode = func() map[string]*tmpl {
	m := make(map[string]*tmpl, len(templates))
	for _, t := range templates {
		if _, dup := m[t.code]; dup {
			panic("demo: duplicate indicator template " + t.code)
		}
		m[t.code] = t
	}
	return m
}()

// tpl finds a library indicator by code (a typo is a programming error).
func tpl(code string) *tmpl {
	t, ok := templateByCode[code]
	if !ok {
		panic("demo: unknown indicator template " + code)
	}
	return t
}
