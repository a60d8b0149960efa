package dbx_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The DBX servers the scenario runs against, each started on first use and
// stopped when the tests end (closing its stdin stops it):
//   - `node sdks/test-server.mjs` from the repository root, or the running
//     server DBX_URL names;
//   - `node sdks/test-server.mjs --auth`, which requires a credential on every
//     call and prints the ones it made, or the running server DBX_AUTH_URL
//     names with DBX_AUTH_CREDENTIALS (that second line of JSON).
type testServer struct {
	args  []string
	once  sync.Once
	url   string
	creds credentials
	err   error
	stdin io.Closer
	cmd   *exec.Cmd
}

// credentials is the second stdout line of `test-server.mjs --auth`.
type credentials struct {
	JWT struct {
		Admin   string `json:"admin"`
		Reader  string `json:"reader"`
		Expired string `json:"expired"`
	} `json:"jwt"`
	APIKey struct {
		Admin  string `json:"admin"`
		Reader string `json:"reader"`
	} `json:"apiKey"`
}

var (
	plainServer = &testServer{args: []string{"sdks/test-server.mjs"}}
	authServer  = &testServer{args: []string{"sdks/test-server.mjs", "--auth"}}
)

func TestMain(m *testing.M) {
	code := m.Run()
	for _, server := range []*testServer{plainServer, authServer} {
		if server.cmd != nil {
			server.stdin.Close()
			if err := server.cmd.Wait(); err != nil {
				fmt.Fprintf(os.Stderr, "test server %v: %v\n", server.args, err)
			}
		}
	}
	os.Exit(code)
}

// serverURL is the URL of the default server.
func serverURL(t *testing.T) string {
	t.Helper()
	plainServer.once.Do(func() {
		if url := os.Getenv("DBX_URL"); url != "" {
			plainServer.url = url
			return
		}
		plainServer.err = plainServer.start()
	})
	if plainServer.err != nil {
		t.Fatalf("DBX test server: %v", plainServer.err)
	}
	return plainServer.url
}

// authServerOf is the server that requires credentials, with them.
func authServerOf(t *testing.T) (string, credentials) {
	t.Helper()
	authServer.once.Do(func() {
		if url := os.Getenv("DBX_AUTH_URL"); url != "" {
			authServer.url = url
			authServer.err = json.Unmarshal([]byte(os.Getenv("DBX_AUTH_CREDENTIALS")), &authServer.creds)
			return
		}
		authServer.err = authServer.start()
	})
	if authServer.err != nil {
		t.Fatalf("DBX test server with --auth: %v", authServer.err)
	}
	return authServer.url, authServer.creds
}

func (s *testServer) start() error {
	cmd := exec.Command("node", s.args...)
	cmd.Dir = "../.."
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	s.cmd, s.stdin = cmd, stdin

	// The URL, then with --auth the credentials. test-server.mjs gives up
	// after 60 s itself, which ends stdout.
	auth := slices.Contains(s.args, "--auth")
	count := 1
	if auth {
		count = 2
	}
	lines := make(chan []string, 1)
	go func() {
		reader := bufio.NewReader(stdout)
		var got []string
		for range count {
			line, _ := reader.ReadString('\n')
			got = append(got, strings.TrimSpace(line))
		}
		lines <- got
		io.Copy(io.Discard, stdout)
	}()
	select {
	case got := <-lines:
		if !strings.HasPrefix(got[0], "http://") {
			return fmt.Errorf("test-server.mjs printed %q, not a URL", got[0])
		}
		s.url = got[0]
		if auth {
			if err := json.Unmarshal([]byte(got[1]), &s.creds); err != nil {
				return fmt.Errorf("test-server.mjs --auth printed %q, not the credentials: %w", got[1], err)
			}
			if s.creds.JWT.Admin == "" || s.creds.JWT.Reader == "" || s.creds.JWT.Expired == "" ||
				s.creds.APIKey.Admin == "" || s.creds.APIKey.Reader == "" {
				return fmt.Errorf("test-server.mjs --auth printed incomplete credentials: %q", got[1])
			}
		}
		return nil
	case <-time.After(90 * time.Second):
		return fmt.Errorf("test-server.mjs printed no URL within 90 s")
	}
}
