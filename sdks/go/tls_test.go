package dbx_test

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"connectrpc.com/connect"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"

	dbx "dbx.dev/dbx/sdks/go"
)

// TestTLSWithAPrivateCA serves DBX over TLS with a certificate signed by a CA
// made for the test, and calls it over every protocol trusting only that CA.
func TestTLSWithAPrivateCA(t *testing.T) {
	caPEM, certFile, keyFile := makeCertificates(t)
	url := startTLSServer(t, certFile, keyFile)

	for _, protocol := range []dbx.Protocol{dbx.ProtocolGRPC, dbx.ProtocolConnect, dbx.ProtocolGRPCWeb} {
		t.Run(protocol.String(), func(t *testing.T) {
			client, err := dbx.NewClient(url, dbx.WithProtocol(protocol), dbx.WithCACertificates(caPEM))
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			res, err := client.Admin.Ping(t.Context(), connect.NewRequest(&dbxv1.PingRequest{}))
			if err != nil {
				t.Fatal(err)
			}
			if res.Msg.GetLatency() == nil {
				t.Error("Ping answered no latency")
			}
		})
	}

	t.Run("system roots refuse the private CA", func(t *testing.T) {
		client, err := dbx.NewClient(url, dbx.WithRetryPolicy(dbx.RetryPolicy{MaxAttempts: 1}))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := client.Admin.Ping(t.Context(), connect.NewRequest(&dbxv1.PingRequest{})); err == nil {
			t.Error("a certificate from an unknown CA was accepted")
		}
	})
}

// makeCertificates writes a server certificate for 127.0.0.1 signed by a new
// CA, and returns the CA's certificate as PEM.
func makeCertificates(t *testing.T) (caPEM []byte, certFile, keyFile string) {
	t.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ca := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "dbx-sdk-go test CA"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IsCA:                  true,
		KeyUsage:              x509.KeyUsageCertSign,
		BasicConstraintsValid: true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	serverKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	server := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:     []string{"localhost"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	serverDER, err := x509.CreateCertificate(rand.Reader, server, ca, &serverKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(serverKey)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "server.pem"), filepath.Join(dir, "server-key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: serverDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), certFile, keyFile
}

// startTLSServer runs `dbx serve` with the certificate until the test ends and
// returns its https:// URL.
func startTLSServer(t *testing.T, certFile, keyFile string) string {
	t.Helper()
	cmd := exec.Command("node", "bin/dbx.js", "serve", "--memory", "--port", "0", "--tls-cert", certFile, "--tls-key", keyFile)
	cmd.Dir = "../.."
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})

	addresses := make(chan string, 1)
	go func() {
		// The server logs JSON lines; one says where it listens.
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			var entry struct {
				Msg  string `json:"msg"`
				Host string `json:"host"`
				Port int    `json:"port"`
			}
			if json.Unmarshal(lines.Bytes(), &entry) == nil && entry.Msg == "dbx listening" {
				addresses <- fmt.Sprintf("https://%s:%d", entry.Host, entry.Port)
				break
			}
		}
		for lines.Scan() {
		}
	}()
	select {
	case url := <-addresses:
		return url
	case <-time.After(60 * time.Second):
		t.Fatal("the TLS server did not listen within 60 s")
		return ""
	}
}
