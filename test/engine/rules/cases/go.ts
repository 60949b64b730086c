// Realistic multi-line cases for the Go rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const GO_CASES: Record<string, RuleCases> = {
  'go.exec-shell-command': {
    invalid: [
      {
        code: 'func ping(w http.ResponseWriter, r *http.Request) {\n\thost := r.URL.Query().Get("host")\n\tout, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()\n\tif err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t}\n\tw.Write(out)\n}\n',
        findings: [{ line: 3, column: 14 }],
      },
    ],
    valid: ['func ping(host string) ([]byte, error) {\n\treturn exec.Command("ping", "-c", "1", host).CombinedOutput()\n}\n'],
  },
  'go.sql-string-format': {
    invalid: [
      {
        code: 'func userByName(db *sql.DB, name string) (*User, error) {\n\tquery := "SELECT id, email FROM users WHERE name = \'" + name + "\'"\n\trow := db.QueryRow(fmt.Sprintf("SELECT id, email FROM users WHERE name = \'%s\'", name))\n\t_ = query\n\treturn scan(row)\n}\n',
        findings: [{ line: 3, column: 11 }],
      },
    ],
    valid: ['func userByName(db *sql.DB, name string) (*User, error) {\n\trow := db.QueryRow("SELECT id, email FROM users WHERE name = $1", name)\n\treturn scan(row)\n}\n'],
  },
  'go.sql-query-built': {
    invalid: [
      {
        code: 'func deleteItem(db *sql.DB, id string) error {\n\tq := fmt.Sprintf("DELETE FROM items WHERE id = %s", id)\n\t_, err := db.Exec(q)\n\treturn err\n}\n',
        findings: [{ line: 2, column: 7 }],
      },
    ],
    valid: ['func deleteItem(db *sql.DB, id string) error {\n\t_, err := db.Exec("DELETE FROM items WHERE id = $1", id)\n\treturn err\n}\n'],
  },
  'go.tls-insecure-skip-verify': {
    invalid: [
      {
        code: 'client := &http.Client{\n\tTransport: &http.Transport{\n\t\tTLSClientConfig: &tls.Config{\n\t\t\tInsecureSkipVerify: true,\n\t\t},\n\t},\n}\n',
        findings: [{ line: 4, column: 4 }],
      },
    ],
    valid: ['client := &http.Client{\n\tTransport: &http.Transport{\n\t\tTLSClientConfig: &tls.Config{RootCAs: pool},\n\t},\n}\n'],
  },
  'go.weak-hash': {
    invalid: [{ code: 'func hashPassword(pw string) string {\n\tsum := md5.Sum([]byte(pw))\n\treturn hex.EncodeToString(sum[:])\n}\n', findings: [{ line: 2, column: 9 }] }],
    valid: ['func hashPassword(pw string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)\n}\n'],
  },
  'go.math-rand-string': {
    invalid: [
      {
        code: 'func randString(n int) string {\n\tb := make([]byte, n)\n\tfor i := range b {\n\t\tb[i] = letterBytes[rand.Intn(len(letterBytes))]\n\t}\n\treturn string(b)\n}\n',
        findings: [{ line: 4, column: 21 }],
      },
    ],
    valid: ['func randString(n int) (string, error) {\n\tb := make([]byte, n)\n\tif _, err := rand.Read(b); err != nil {\n\t\treturn "", err\n\t}\n\treturn base64.RawURLEncoding.EncodeToString(b), nil\n}\n'],
  },
  'go.path-from-request': {
    invalid: [
      {
        code: 'func download(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get("name")\n\thttp.ServeFile(w, r, filepath.Join("/srv/files", r.URL.Query().Get("name")))\n\t_ = name\n}\n',
        findings: [{ line: 3, column: 2 }],
      },
    ],
    valid: ['func download(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Base(r.URL.Query().Get("name"))\n\thttp.ServeFile(w, r, filepath.Join("/srv/files", name))\n}\n'],
  },
  'go.open-redirect': {
    invalid: [
      {
        code: 'func login(w http.ResponseWriter, r *http.Request) {\n\tif authenticate(r) {\n\t\thttp.Redirect(w, r, r.FormValue("next"), http.StatusSeeOther)\n\t}\n}\n',
        findings: [{ line: 3, column: 3 }],
      },
    ],
    valid: ['func login(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, "/dashboard", http.StatusSeeOther)\n}\n'],
  },
};
