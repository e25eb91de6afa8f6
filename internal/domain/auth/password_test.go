package auth

import "testing"

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
