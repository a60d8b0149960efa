package dbx_test

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// The DBX server the scenario runs against: `node sdks/test-server.mjs` from
// the repository root, started on first use and stopped when the tests end
// (closing its stdin stops it). DBX_URL names a running server instead.
var server struct {
	once  sync.Once
	url   string
	err   error
	stdin io.Closer
	cmd   *exec.Cmd
}

func TestMain(m *testing.M) {
	code := m.Run()
	if server.cmd != nil {
		server.stdin.Close()
		if err := server.cmd.Wait(); err != nil {
			fmt.Fprintf(os.Stderr, "test server: %v\n", err)
		}
	}
	os.Exit(code)
}

func serverURL(t *testing.T) string {
	t.Helper()
	server.once.Do(func() {
		if url := os.Getenv("DBX_URL"); url != "" {
			server.url = url
			return
		}
		server.url, server.err = startServer()
	})
	if server.err != nil {
		t.Fatalf("DBX test server: %v", server.err)
	}
	return server.url
}

func startServer() (string, error) {
	cmd := exec.Command("node", "sdks/test-server.mjs")
	cmd.Dir = "../.."
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return "", err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	server.cmd, server.stdin = cmd, stdin

	// test-server.mjs gives up after 60 s itself, which ends stdout.
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		lines <- strings.TrimSpace(line)
		io.Copy(io.Discard, stdout)
	}()
	select {
	case line := <-lines:
		if !strings.HasPrefix(line, "http://") {
			return "", fmt.Errorf("test-server.mjs printed %q, not a URL", line)
		}
		return line, nil
	case <-time.After(90 * time.Second):
		return "", fmt.Errorf("test-server.mjs printed no URL within 90 s")
	}
}
