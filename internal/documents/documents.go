// Package documents turns the closed loop's rows into the standard documents
// and back: the Excel forms (package forms lays them out), evidence files and
// printable reports. Reads go through ent with the viewer's privacy, so a
// document shows exactly the rows its reader may see; imports go through the
// workflow's commands, so the data layer's rules apply to every cell.
package documents

import (
	"context"
	"fmt"

	"jixiao/ent"
	"jixiao/internal/documents/files"
	"jixiao/internal/workflow"
)

// Service builds and reads documents over one client.
type Service struct {
	Client  *ent.Client
	Targets workflow.Targets
	Files   files.Store
	// downloads counts the open-data downloads running per client address.
	downloads *addressSlots
}

// New assembles the documents service.
func New(client *ent.Client) *Service {
	wf := workflow.New(client, nil)
	return &Service{Client: client, Targets: wf.Targets, Files: files.FromEnv(), downloads: &addressSlots{}}
}

// inTx runs f in one transaction whose client the workflow finds in the
// context; commit=false rolls it back whatever f returns (a dry run).
func (s *Service) inTx(ctx context.Context, commit bool, f func(ctx context.Context) error) error {
	tx, err := s.Client.Tx(ctx)
	if err != nil {
		return err
	}
	ctx = ent.NewTxContext(ctx, tx)
	ctx = ent.NewContext(ctx, tx.Client())
	if err := f(ctx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if !commit {
		return tx.Rollback()
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
