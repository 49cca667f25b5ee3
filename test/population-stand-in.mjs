// A stand-in for the national population database's data-sharing service (CSDL quốc gia về dân
// cư), speaking the wire format of src/population/population-wire.ts: for the tests and the demo
// only; the product never depends on it. It answers from the people it is given, and can be told
// to fail, to answer slowly or to refuse for quota, as the real service may.
//
//   node test/population-stand-in.mjs --port 3999 [--people people.json]
//     people.json: [{ "personalId", "fullName", "dateOfBirth": "YYYY-MM-DD", "sex": "male"|"female" }]
//
// It also records births and moves (`addChange`), which it gives a commune that asks for them.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';

const SEX = { male: '1', female: '2', unknown: '0' };
const PATH = '/v1/cong-dan/doi-chieu';
const CHANGES_PATH = '/v1/bien-dong/tre-em';
const KINDS = { birth: 'DANG_KY_KHAI_SINH', moved_in: 'CHUYEN_DEN', moved_out: 'CHUYEN_DI' };

const comparable = (name) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
const wireDate = (date) => date.split('-').reverse().join('/');
const isoDate = (wire) => wire.split('/').reverse().join('-');
const wirePerson = (person) => ({
  soDinhDanh: person.personalId,
  hoVaTen: person.fullName.toLocaleUpperCase('vi'),
  ngaySinh: wireDate(person.dateOfBirth),
  gioiTinh: SEX[person.sex],
});

/**
 * Starts the stand-in on 127.0.0.1. `credentials`: the Basic credentials it demands (none when
 * omitted). Returns its URL and the handles a test steers it by.
 */
export async function startPopulationStandIn({ port = 0, people = [], credentials } = {}) {
  const byId = new Map();
  const add = (person) => byId.set(person.personalId, person);
  people.forEach(add);
  const plan = { fail: [], delays: [], quota: Infinity, looked: 0 };
  const log = [];
  // { communeCode, kind: 'birth'|'moved_in'|'moved_out', date, person, otherCommuneCode }
  const changes = [];
  const addChange = (change) => {
    changes.push(change);
    add(change.person);
  };

  const find = (item) => {
    if (item.soDinhDanh) return byId.get(item.soDinhDanh) ?? null;
    const matches = [...byId.values()].filter(
      (p) =>
        comparable(p.fullName) === comparable(item.hoVaTen) &&
        wireDate(p.dateOfBirth) === item.ngaySinh &&
        SEX[p.sex] === item.gioiTinh,
    );
    return matches.length === 1 ? matches[0] : null;
  };

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const answer = (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      // The browser tests' door: people the next checks will find (not the service's).
      if (req.method === 'POST' && req.url === '/__stand-in/people') {
        JSON.parse(Buffer.concat(chunks).toString('utf8')).forEach(add);
        return answer(204, {});
      }
      if (req.method === 'POST' && req.url === '/__stand-in/changes') {
        JSON.parse(Buffer.concat(chunks).toString('utf8')).forEach(addChange);
        return answer(204, {});
      }
      if (req.method !== 'POST' || (req.url !== PATH && req.url !== CHANGES_PATH)) {
        return answer(404, { maLoi: 'KHONG_CO' });
      }
      if (credentials) {
        const expected =
          'Basic ' + Buffer.from(`${credentials.id}:${credentials.secret}`).toString('base64');
        if (req.headers.authorization !== expected) return answer(401, { maLoi: 'CHUA_XAC_THUC' });
      }
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { maLoi: 'SAI_DINH_DANG' });
      }
      if (req.url === PATH) log.push(body);
      const delay = plan.delays.shift();
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (res.destroyed) return;
      const failure = plan.fail.shift();
      if (failure) return answer(failure, { maLoi: 'LOI_HE_THONG' });
      if (req.url === CHANGES_PATH) {
        const from = isoDate(body.tuNgay ?? '');
        const to = isoDate(body.denNgay ?? '');
        return answer(200, {
          bienDong: changes
            .filter((c) => c.communeCode === body.maXa && c.date >= from && c.date <= to)
            .map((c) => ({
              loai: KINDS[c.kind],
              ngay: wireDate(c.date),
              congDan: wirePerson(c.person),
              maXaLienQuan: c.otherCommuneCode ?? null,
            })),
        });
      }
      const list = Array.isArray(body.danhSach) ? body.danhSach : [];
      if (plan.looked + list.length > plan.quota) return answer(429, { maLoi: 'VUOT_HAN_MUC' });
      plan.looked += list.length;
      answer(200, {
        ketQua: list.map((item) => {
          const person = find(item);
          return person
            ? {
                maThamChieu: item.maThamChieu,
                trangThai: 'TIM_THAY',
                congDan: wirePerson(person),
              }
            : { maThamChieu: item.maThamChieu, trangThai: 'KHONG_TIM_THAY' };
        }),
      });
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    add,
    /** A birth or move the database records (its person is then known to lookups too). */
    addChange,
    /** The next requests answer these HTTP statuses, one each. */
    failNext: (...statuses) => plan.fail.push(...statuses),
    /** The next requests wait this long (ms) before answering, one each. */
    delayNext: (...ms) => plan.delays.push(...ms),
    /** People it will still look up before it refuses for quota. */
    quotaLeft: (people) => (plan.quota = plan.looked + people),
    /** The request bodies received. */
    requests: log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, people: { type: 'string' } },
  });
  const people = values.people ? JSON.parse(readFileSync(values.people, 'utf8')) : [];
  const standIn = await startPopulationStandIn({ port: Number(values.port ?? 3999), people });
  console.log(`Population database stand-in at ${standIn.url} with ${people.length} people`);
}
