// Run by the mongo-init service of docker-compose.yml with mongosh. Idempotent: initiates the one-node
// replica set rs0 on the first start, then waits until this node is primary so the services can write.
try {
  rs.status();
  print('Replica set rs0 is already initiated.');
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
  print('Replica set rs0 initiated.');
}

const deadline = Date.now() + 60 * 1000;
while (!db.hello().isWritablePrimary) {
  if (Date.now() > deadline) {
    throw new Error('mongo did not become primary of rs0 within 60 s');
  }
  sleep(500);
}
print('mongo is primary of rs0.');
