package auth

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"jixiao/internal/domain/fail"
)

func TestCheckPolicy(t *testing.T) {
	cases := []struct {
		pw string
		ok bool
	}{
		{"Jixiao@2026", true},
		{"abcDEF12", true},   // lower, upper, digit
		{"abc12345!", true},  // lower, digit, symbol
		{"Ab1!", false},      // too short
		{"abcdefgh1", false}, // two classes
		{"ABCDEFGH", false},
		{"口令口令口令Ab1", true}, // Han counts as a symbol class; 9 characters
		{"", false},
	}
	for _, c := range cases {
		if err := CheckPolicy(c.pw); (err == nil) != c.ok {
			t.Errorf("CheckPolicy(%q) = %v, want ok=%v", c.pw, err, c.ok)
		}
	}
}

func TestHashAndMatch(t *testing.T) {
	h, err := HashPassword("Jixiao@2026")
	if err != nil {
		t.Fatal(err)
	}
	if !PasswordMatches(h, "Jixiao@2026") || PasswordMatches(h, "jixiao@2026") || PasswordMatches("", "") {
		t.Fatal("password matching is wrong")
	}
	if _, err := HashPassword("short"); err == nil {
		t.Fatal("weak password hashed")
	}
}

func TestPasswordPolicy(t *testing.T) {
	old, _ := bcrypt.GenerateFromPassword([]byte("Previous#2025"), bcrypt.MinCost)
	older, _ := bcrypt.GenerateFromPassword([]byte("Ancient#2019"), bcrypt.MinCost)
	p := PasswordPolicy{MinLength: 8, MaxLength: 64, MinClasses: 3, History: 1}
	history := []string{string(old), string(older)}
	cases := []struct {
		name, pw, user string
		ok             bool
	}{
		{"good", "Jixiao@2026", "dept", true},
		{"too short", "Ab1!x", "dept", false},
		{"two classes", "abcdefgh12", "dept", false},
		{"contains the user name", "Dept@20261", "dept", false},
		{"the user name in other case", "xDEPTx@2026", "dept", false},
		{"the last password", "Previous#2025", "dept", false},
		{"older than the history kept", "Ancient#2019", "dept", true},
		{"control character", "Jixiao@2026\x00", "dept", false},
		{"too long", strings.Repeat("Ab1!", 17), "dept", false},
		{"Han characters count as symbols", "口令口令Ab12", "dept", true},
	}
	for _, c := range cases {
		err := p.Check("input.newPassword", c.pw, c.user, history)
		if (err == nil) != c.ok {
			t.Errorf("%s: Check(%q) = %v, want ok=%v", c.name, c.pw, err, c.ok)
		}
		var fe *fail.Error
		if err != nil && (!errors.As(err, &fe) || fe.Field != "input.newPassword" || fe.Code != fail.CodeBadInput) {
			t.Errorf("%s: error %v does not name the field", c.name, err)
		}
	}
}
