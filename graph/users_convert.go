package graph

import "jixiao/ent"

// withPassword pairs a user with the one-time password just set for it.
func withPassword(u *ent.User, password string, err error) (*UserWithPassword, error) {
	if err != nil {
		return nil, err
	}
	return &UserWithPassword{User: u, TemporaryPassword: password}, nil
}
