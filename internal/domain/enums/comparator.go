package enums

// Reverse tells whether smaller actual values are better (≤, <: 反向指标).
func (c Comparator) Reverse() bool { return c == ComparatorLt || c == ComparatorLte }

// Quantitative tells whether the comparator takes a numeric target (every
// comparator but 定性).
func (c Comparator) Quantitative() bool {
	switch c {
	case ComparatorGte, ComparatorGt, ComparatorEq, ComparatorLt, ComparatorLte:
		return true
	}
	return false
}
