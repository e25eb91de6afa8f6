import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDepartments } from '../../components/useDepartments';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { CreateUserMutation } from './operations';
import { useShowPassword } from './UserActions';

type NewUser = { username: string; displayName: string; role: string; departmentID?: string };

const ROLES = ['FINANCE_ADMIN', 'FINANCE_REVIEWER', 'LEADER', 'DEPARTMENT_USER'];

/** 新建用户: a dialog; the one-time password is shown once afterwards. */
export function CreateUserButton({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const label = useEnumLabel();
  const { departments } = useDepartments();
  const showPassword = useShowPassword();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<CombinedError>();
  const [form] = Form.useForm<NewUser>();
  const role = Form.useWatch('role', form);
  const [, create] = useMutation(CreateUserMutation);

  async function submit(values: NewUser) {
    setError(undefined);
    const r = await create({ input: { ...values, role: values.role as never } });
    if (r.error) {
      setError(r.error);
      return;
    }
    setOpen(false);
    form.resetFields();
    onCreated();
    if (r.data) showPassword(values.username, r.data.createUserAccount.temporaryPassword);
  }

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>{t('新建用户', 'New user')}</Button>
      <Modal open={open} title={t('新建用户', 'New user')} okText={t('创建', 'Create')} cancelText={t('取消', 'Cancel')}
        onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('登录名', 'Login name')} rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{2,50}$/, message: t('2 至 50 位字母、数字或 . _ -', '2 to 50 letters, digits or . _ -') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="displayName" label={t('姓名', 'Name')} rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('角色', 'Role')} rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: label('Role', r) }))} />
          </Form.Item>
          {role === 'DEPARTMENT_USER' && (
            <Form.Item name="departmentID" label={t('所属部门', 'Department')} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="label" options={departments.map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
