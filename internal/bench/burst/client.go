package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// client is one user's keep-alive connection to the server.
type client struct {
	url   string
	http  *http.Client
	token string
}

func newClient(base string) *client {
	tr := &http.Transport{MaxIdleConnsPerHost: 4, IdleConnTimeout: time.Minute}
	return &client{url: base + "/graphql", http: &http.Client{Transport: tr, Timeout: 3 * time.Minute}}
}

const loginMutation = `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`

// login logs the client in; a refusal is an error.
func (c *client) login(user, password string) error {
	var data struct{ Login struct{ Token string } }
	code, err := c.do(loginMutation, map[string]any{"u": user, "p": password}, &data)
	if err != nil {
		return err
	}
	if code != "" {
		return fmt.Errorf("login %s: %s", user, code)
	}
	c.token = data.Login.Token
	return nil
}

// do posts one operation with Cache-Control: no-cache (every answer is
// computed, as for a client that varies its query). It returns the first
// error code of the answer ("" for none); err is a transport failure or an
// answer that is not GraphQL.
func (c *client) do(query string, vars map[string]any, into any) (code string, err error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, c.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cache-Control", "no-cache")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return "", err
	}
	var out struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return "", fmt.Errorf("HTTP %d: %.200s", res.StatusCode, raw)
	}
	if len(out.Errors) > 0 {
		if out.Errors[0].Extensions.Code == "" {
			return "", fmt.Errorf("HTTP %d: %s", res.StatusCode, out.Errors[0].Message)
		}
		return out.Errors[0].Extensions.Code, nil
	}
	if into != nil {
		return "", json.Unmarshal(out.Data, into)
	}
	return "", nil
}
