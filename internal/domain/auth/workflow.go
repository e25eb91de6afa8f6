package auth

import "context"

// The workflow marker: workflow data (targets, indicators, reviews,
// monitoring, evaluations, score items, rectifications, budget links) is
// written only by the workflow. The data layer's hooks refuse every change of
// those tables whose context does not carry this marker, so that no other
// path — a generic resolver, an import, a future endpoint — can bypass the
// workflow's rules. Only Go code sets it (the workflow package, the demo
// loader and test fixtures); no request can.
type workflowKey struct{}

// ByWorkflow marks a context as carrying out a workflow step.
func ByWorkflow(ctx context.Context) context.Context {
	return context.WithValue(ctx, workflowKey{}, true)
}

// InWorkflow tells whether the change is made by a workflow step.
func InWorkflow(ctx context.Context) bool {
	on, _ := ctx.Value(workflowKey{}).(bool)
	return on
}
